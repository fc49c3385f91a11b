// `cssp check --cache` reuses a plan's findings only while every input of its check is as it was:
// its bytes, the config, --as-of, and each other file of the district (maps, translations...).
// Each case changes one input and expects the plans it could affect to be checked again.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/check-files.js';
import { ParseCache } from '../../src/check/parse-cache.js';
import { cachedExists, findPlanFiles } from '../../src/plan/discover.js';
import { applyEdit, copySample } from '../helpers/district.js';

/**
 * Files modified in the last seconds dated a minute back, past the racy window of the key; each
 * time a minute earlier, so an edited file never gets the stamp it had (as a real edit never does).
 */
let settled = 0;
function settle(root: string): void {
  const past = new Date(Date.now() - 60_000 * ++settled);
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (statSync(join(root, name)).mtimeMs > Date.now() - 10_000) utimesSync(join(root, name), past, past);
  }
}

async function check(root: string, asOf = '2026-11-23', only?: string) {
  const cache = new ParseCache(join(root, '.cssp-cache'), 'test-build');
  const reused: string[] = [];
  const findingsOf = cache.findingsOf.bind(cache);
  cache.findingsOf = (file, hash) => {
    const found = findingsOf(file, hash);
    if (found) reused.push(file);
    return found;
  };
  const files = findPlanFiles(root).files.filter((f) => !only || f.endsWith(only));
  const reads: string[] = [];
  const result = await checkFiles({
    root, files, wholeDistrict: true, asOf, cache, read: (file) => (reads.push(file), readFileSync(file)), exists: cachedExists(),
    stamp: (file) => statSync(file, { throwIfNoEntry: false }),
  });
  cache.save();
  expect(cache.notices).toEqual([]);
  const report = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
  return { reused: reused.length, files: files.length, report, planReads: reads.filter((f) => files.includes(f)).length };
}

async function warmDistrict() {
  const root = copySample();
  applyEdit(root, { file: '2026-27/bayside-elementary.yaml', find: 'level: elementary', replace: 'level: elemantary' });
  settle(root);
  const cold = await check(root);
  expect(cold.reused).toBe(0);
  const warm = await check(root);
  expect(warm.reused).toBe(warm.files); // nothing changed: every plan's findings reused
  expect(warm.planReads).toBe(0); // known by size and time, not even read (no code frame asked for)
  expect(warm.report).toEqual(cold.report);
  return { root, cold };
}

describe('findings reuse', () => {
  it('checks again only the plan that changed', async () => {
    const { root, cold } = await warmDistrict();
    applyEdit(root, { file: '2026-27/bayside-elementary.yaml', find: 'level: elemantary', replace: 'level: elementary' });
    settle(root);
    const after = await check(root);
    expect(after.reused).toBe(after.files - 1);
    expect(after.report.length).toBeLessThan(cold.report.length);
  });

  it('checks again only the plan that changed when plans sit a folder deeper than plansDir (plans/<year>/ under `.`)', async () => {
    const root = copySample();
    mkdirSync(join(root, 'plans'));
    for (const year of ['2025-26', '2026-27']) renameSync(join(root, year), join(root, 'plans', year));
    settle(root);
    await check(root);
    const warm = await check(root);
    expect(warm.files).toBe(12);
    expect(warm.reused).toBe(12);
    applyEdit(root, { file: 'plans/2026-27/bayside-elementary.yaml', find: 'level: elementary', replace: 'level: elemantary' });
    settle(root);
    const after = await check(root);
    expect(after.reused).toBe(11); // a plan is a plan wherever the search finds it, not an input of the others
    expect(after.report.some((line) => line.includes('elemantary'))).toBe(true);
  });

  it("reuses a plan's findings in a check of that plan alone, and keeps the others' for the next whole check", async () => {
    const { root, cold } = await warmDistrict();
    const one = await check(root, '2026-11-23', '2026-27/bayside-elementary.yaml');
    expect([one.files, one.reused]).toEqual([1, 1]);
    const all = await check(root);
    expect(all.reused).toBe(all.files);
    expect(all.report).toEqual(cold.report);
  });

  it('checks every plan again when --as-of changes', async () => {
    const { root } = await warmDistrict();
    const later = await check(root, '2027-06-30');
    expect(later.reused).toBe(0);
  });

  it('checks every plan again when the config changes', async () => {
    const { root } = await warmDistrict();
    writeFileSync(join(root, 'cssp.config.yaml'), `${readFileSync(join(root, 'cssp.config.yaml'), 'utf8')}# a comment\n`);
    settle(root);
    expect((await check(root)).reused).toBe(0);
  });

  it('checks every plan again when a map is removed, and finds it missing', async () => {
    const { root, cold } = await warmDistrict();
    rmSync(join(root, '2026-27/maps/bayside-elementary-campus.svg'));
    settle(root);
    const after = await check(root);
    expect(after.reused).toBe(0);
    expect(after.report.filter((l) => !cold.report.includes(l)).join('\n')).toMatch(/bayside-elementary-campus\.svg/);
  });

  it('checks every plan again when a translation is added', async () => {
    const { root } = await warmDistrict();
    writeFileSync(join(root, 'translations/2026-27/bayside-elementary.vi.yaml'), 'language: vi\nunits: {}\n');
    settle(root);
    expect((await check(root)).reused).toBe(0);
  });

  it('checks every plan again when any file is added to the district folder, even a moment ago', async () => {
    const { root } = await warmDistrict();
    writeFileSync(join(root, '2026-27/maps/notes.txt'), 'just now\n');
    expect((await check(root)).reused).toBe(0);
  });

  it('reuses every finding after a fresh checkout (every file has a new time, the same content), as in CI', async () => {
    const { root, cold } = await warmDistrict();
    const later = new Date(Date.now() - 30_000);
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) utimesSync(join(root, name), later, later);
    const after = await check(root);
    expect(after.reused).toBe(after.files);
    expect(after.report).toEqual(cold.report);
  });

  it('checks a plan again when its stored findings are not findings (a cache edited by hand)', async () => {
    const { root, cold } = await warmDistrict();
    const file = join(root, '.cssp-cache');
    const bytes = readFileSync(file, 'latin1');
    // Same length, so the index stays where the prefix says: a finding's line becomes 0.
    writeFileSync(file, bytes.replace(/"line":(\d+)/, (_, n: string) => `"line":${' '.repeat(n.length - 1)}0`), 'latin1');
    const after = await check(root);
    expect(after.reused).toBe(after.files - 1);
    expect(after.report).toEqual(cold.report);
  });

  it('never keeps the findings of a plan that names a path outside the district folder', async () => {
    const root = copySample();
    applyEdit(root, { file: '2026-27/bayside-elementary.yaml', find: 'file: maps/bayside-elementary-campus.svg', replace: 'file: ../../outside.svg' });
    settle(root);
    await check(root);
    const warm = await check(root);
    expect(warm.reused).toBe(warm.files - 1);
  });
});
