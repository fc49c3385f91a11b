// The parse cache: a warm check reports exactly what a cold one does, re-parses what changed,
// never trusts another build's cache, survives damage, and never caches rule results.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, type CheckRequest } from '../../src/check/check-files.js';
import { ParseCache } from '../../src/check/parse-cache.js';
import { cachedExists, findPlanFiles } from '../../src/plan/discover.js';
import { applyEdit, copySample } from '../helpers/district.js';

function request(root: string, cache: ParseCache | undefined, asOf = '2026-11-23', reads: string[] = []): CheckRequest {
  return {
    root, files: findPlanFiles(root).files, wholeDistrict: true, asOf, cache,
    read: (file) => (reads.push(file), readFileSync(file)),
    exists: cachedExists(),
  };
}

async function check(root: string, build = 'test-build', asOf?: string) {
  const cache = new ParseCache(join(root, '.cssp-cache'), build);
  const parsed: string[] = [];
  const original = cache.put.bind(cache);
  cache.put = (entry) => (parsed.push(entry.file), original(entry));
  const result = await checkFiles(request(root, cache, asOf));
  cache.save();
  return { result, parsed, notices: cache.notices };
}

const broken = (root: string) => {
  // A schema error, a rule finding and a drill finding, so positions come from the cache too.
  applyEdit(root, { file: '2026-27/bayside-elementary.yaml', find: 'level: elementary', replace: 'level: elemantary' });
  applyEdit(root, { file: '2025-26/bayside-elementary.yaml', find: '  date: 2026-03-12\n', replace: '  date: 2026-01-12\n' });
};

describe('parse cache', () => {
  it('gives the same findings, with the same ranges, cold and warm; only changed files are parsed again', async () => {
    const root = copySample();
    broken(root);
    const plain = await checkFiles(request(root, undefined));
    const cold = await check(root);
    expect(cold.result.diagnostics.length).toBeGreaterThan(0);
    expect(cold.result.diagnostics).toEqual(plain.diagnostics);
    expect(cold.parsed.length).toBe(findPlanFiles(root).files.length + 1); // and cssp.config.yaml
    const warm = await check(root);
    expect(warm.parsed).toEqual([]);
    expect(warm.result.diagnostics).toEqual(plain.diagnostics);
    expect([...warm.result.sources.keys()].sort()).toEqual([...plain.sources.keys()].sort());
    applyEdit(root, { file: '2026-27/harbor-vista-high.yaml', find: 'schoolYear: 2026-27', replace: 'schoolYear: 2026-28' });
    const edited = await check(root);
    expect(edited.parsed).toEqual([join(root, '2026-27/harbor-vista-high.yaml')]);
    expect(edited.result.diagnostics).toEqual((await checkFiles(request(root, undefined))).diagnostics);
  });

  it('holds parse results only: findings follow --as-of on a warm cache', async () => {
    const root = copySample();
    await check(root, 'b', '2026-11-23');
    const later = await check(root, 'b', '2027-04-01');
    expect(later.parsed).toEqual([]);
    expect(later.result.diagnostics).toEqual((await checkFiles(request(root, undefined, '2027-04-01'))).diagnostics);
    expect(later.result.diagnostics.some((d) => d.ruleId === 'adoption-deadline')).toBe(true);
  });

  it('never trusts a cache written by another build', async () => {
    const root = copySample();
    await check(root, 'build-1');
    const other = await check(root, 'build-2');
    expect(other.parsed.length).toBeGreaterThan(0);
    expect(other.notices).toEqual([]);
  });

  it('ignores a damaged cache with a warning and rebuilds it', async () => {
    const root = copySample();
    await check(root);
    const file = join(root, '.cssp-cache');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 50));
    const damaged = await check(root);
    expect(damaged.notices.join('\n')).toMatch(/damaged.*ignored and will be rebuilt/);
    expect(damaged.parsed.length).toBeGreaterThan(0);
    expect((await check(root)).parsed).toEqual([]);
  });

  it('never overwrites a file that is not a cache', async () => {
    const root = copySample();
    const plan = join(root, '2026-27/bayside-elementary.yaml');
    const before = readFileSync(plan, 'utf8');
    const cache = new ParseCache(plan, 'x');
    await checkFiles(request(root, cache));
    cache.save();
    expect(readFileSync(plan, 'utf8')).toBe(before);
    expect(cache.notices.join('\n')).toMatch(/not a cssp check cache/);
  });

  it('does not rewrite an unchanged cache', async () => {
    const root = copySample();
    await check(root);
    const written = statSync(join(root, '.cssp-cache')).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await check(root);
    expect(statSync(join(root, '.cssp-cache')).mtimeMs).toBe(written);
  });

  it('knows an unchanged file by its size and modification time, and reads only files with findings', async () => {
    const root = copySample();
    broken(root);
    const old = { mtimeMs: 1_000_000, size: 0 };
    const stamped = (reads: string[]) => ({ ...request(root, new ParseCache(join(root, '.cssp-cache'), 's'), undefined, reads), stamp: (f: string) => ({ ...old, size: readFileSync(f).length }) });
    const first = stamped([]);
    const plain = await checkFiles(first);
    first.cache!.save();
    const reads: string[] = [];
    const second = stamped(reads);
    const warm = await checkFiles(second);
    expect(warm.diagnostics).toEqual(plain.diagnostics);
    const withFindings = new Set(warm.diagnostics.map((d) => d.file));
    expect(reads.filter((f) => !f.endsWith('cssp.config.yaml')).sort()).toEqual([...withFindings].filter((f) => !f.endsWith('cssp.config.yaml')).sort());
  });

  it('reads a file modified just before the cache was written (same size and time) again', async () => {
    const root = copySample();
    const now = { mtimeMs: Date.now(), size: 1 };
    const reads: string[] = [];
    const run = async (r: string[]) => {
      const req = { ...request(root, new ParseCache(join(root, '.cssp-cache'), 'r'), undefined, r), stamp: () => now };
      await checkFiles(req);
      req.cache!.save();
    };
    await run([]);
    await run(reads);
    expect(reads.length).toBe(findPlanFiles(root).files.length + 1);
  });
});
