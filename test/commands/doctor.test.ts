import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputsCheck } from '../../src/commands/doctor.js';
import { testdir } from '../helpers/testdir.js';
import { runDoctor } from '../../src/commands/doctor.js';
import { memoryIo } from '../helpers/io.js';
import { PDF_SKIP_REASON } from '../helpers/pdf-tools.js';

describe('cssp doctor', () => {
  it('reports a missing browser with every way to get one, exit 1', () => {
    const io = memoryIo('/', { CHROME_PATH: '/no/such/chrome' });
    expect(runDoctor(io)).toBe(1);
    expect(io.stdoutText).toContain('✖ Chrome or Chromium: CHROME_PATH names /no/such/chrome, which does not exist');
    expect(io.stdoutText).toContain('npx @puppeteer/browsers install chrome-headless-shell@stable');
    expect(io.stdoutText).toMatch(/✔ Node\.js: \d+\.\d+/);
    expect(io.stdoutText).toContain('✔ Fonts: Source Sans 3');
  });

  it.skipIf(PDF_SKIP_REASON !== undefined)('is ready with a browser, exit 0', () => {
    const io = memoryIo('/', process.env);
    expect(runDoctor(io)).toBe(0);
    expect(io.stdoutText).toContain('Ready to print PDFs.');
  });

  // PDFs print into out/; a district whose .gitignore misses it commits them with `git add .`.
  it.each([
    ['no .gitignore', undefined, false],
    ['a .gitignore without out/', 'node_modules/\n', false],
    ['out/ ignored', 'node_modules/\n/out/\n', true],
    ['out ignored, then re-included', 'out/\n!out/\n', false],
  ])('warns about printed output with %s', (_, gitignore, ok) => {
    const root = testdir({ 'cssp.config.yaml': 'x: 1\n' });
    if (gitignore !== undefined) writeFileSync(join(root, '.gitignore'), gitignore);
    const [check] = outputsCheck(root);
    expect(check).toMatchObject({ name: 'Printed output', ok, optional: true });
    if (!ok) expect(check?.fix).toContain('/out/');
  });

  it('says nothing about printed output outside a district', () => {
    expect(outputsCheck(testdir({}))).toEqual([]);
  });
});
