// cssp render in-process: plan by path or --site, --html without a browser, refusing bad plans.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRender } from '../../src/commands/render.js';
import { CsspError } from '../../src/errors.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';
import { MARK } from '../helpers/render-plan.js';
import { renderDistrict } from '../helpers/render-district.js';

describe('cssp render', () => {
  it('--html writes the preview for a --site, with no browser needed', async () => {
    const root = renderDistrict();
    const io = memoryIo(root, { CHROME_PATH: '/nope' });
    expect(await runRender(undefined, { site: 'alpha', edition: 'public', html: true }, io)).toBe(0);
    // Into out/ at the district root, which cssp init's .gitignore ignores, not into the repository's files.
    const html = readFileSync(join(root, 'out', 'alpha-2026-27-public.html'), 'utf8');
    expect(io.stderrText).toContain('Wrote out/alpha-2026-27-public.html');
    expect(html).toContain(MARK.publicSection);
    expect(html).not.toContain(MARK.confidential);
    expect(html).toMatch(/Version 2026-27\.1 · adopted 2027-02-10 · printed \d{4}-\d\d-\d\d · content [0-9a-f]{12}/);
  });

  it('exits 2 with how to get a browser when none is found', async () => {
    const root = renderDistrict();
    await expect(runRender('2026-27/alpha.yaml', {}, memoryIo(root, { CHROME_PATH: '/nope' }))).rejects.toMatchObject({ exitCode: 2, hint: expect.stringContaining('apt-get install chromium') as unknown });
  });

  it('refuses a plan with schema errors, naming them', async () => {
    const root = renderDistrict(undefined, { '2026-27/beta.yaml': 'schemaVersion: 1\nschoolYear: 2026-27\n' });
    const err = await runRender('2026-27/beta.yaml', { html: true }, memoryIo(root)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsspError);
    expect((err as CsspError).message).toMatch(/2026-27\/beta\.yaml cannot be rendered: it has \d+ errors?\.\n {2}2026-27\/beta\.yaml:\d+:\d+ /);
  });

  it('asks for a plan or --site, not both', async () => {
    await expect(runRender(undefined, {}, memoryIo(renderDistrict()))).rejects.toMatchObject({ exitCode: 2 });
    await expect(runRender('a.yaml', { site: 'alpha' }, memoryIo(renderDistrict()))).rejects.toThrow('not both');
  });
});

describe('cssp render of a plan with errors', () => {
  // A plan with errors once printed with exit 0 and no word: a site lead would hand it out.
  const broken = () => {
    const root = copySample();
    const file = join(root, '2026-27/bayside-elementary.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    date: 2026-11-18', '    date: 2026-12-30')); // a drill in the future
    return root;
  };

  it('prints it as a draft and says how many errors it has', async () => {
    const root = broken();
    const io = memoryIo(root);
    expect(await runRender('2026-27/bayside-elementary.yaml', { html: true, output: 'out.html' }, io)).toBe(0);
    expect(io.stderrText).toMatch(/cssp: warning: 2026-27\/bayside-elementary\.yaml has \d+ errors? .*so this is a draft: do not hand it out as the plan/);
  });

  it('--strict refuses it (exit 1) and writes nothing', async () => {
    const root = broken();
    const err = await runRender('2026-27/bayside-elementary.yaml', { html: true, output: 'out.html', strict: true }, memoryIo(root)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsspError);
    expect((err as CsspError).exitCode).toBe(1);
    expect((err as CsspError).message).toMatch(/has \d+ errors?, so cssp did not print it \(--strict\)/);
    expect(existsSync(join(root, 'out.html'))).toBe(false);
  });

  it('says nothing more for a clean plan', async () => {
    const io = memoryIo(copySample());
    await runRender('2026-27/bayside-elementary.yaml', { html: true, output: 'out.html', strict: true }, io);
    expect(io.stderrText).not.toMatch(/warning|note/);
  });
});
