import { describe, expect, it } from 'vitest';
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
});
