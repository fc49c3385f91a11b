// The parse cache: a warm check reports exactly what a cold one does, re-parses what changed,
// never trusts another build's cache and survives damage (reused findings: findings-reuse.test.ts).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFiles, type CheckRequest } from '../../src/check/check-files.js';
import { asciiJson } from '../../src/check/cache-keys.js';
import { encodeLineStarts } from '../../src/check/cached-positions.js';
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
  // Parses are stored only for files `yaml` reads (the fast path reads a plan again in the time a
  // stored parse takes to write): these tests read every file with `yaml`, as a plan with anchors is.
  beforeAll(() => void (process.env.CSSP_YAML_FAST = '0'));
  afterAll(() => void delete process.env.CSSP_YAML_FAST);

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

  it('knows an unchanged file by its size and modification time, and reads a plan only for a code frame', async () => {
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
    const plans = (files: Iterable<string>) => [...files].filter((f) => !f.endsWith('cssp.config.yaml')).sort();
    // Positions come from the cache (line starts included): no plan is read to place a finding.
    expect(plans(reads)).toEqual([]);
    const withFindings = new Set(warm.diagnostics.map((d) => d.file));
    for (const file of withFindings) expect(warm.sources.get(file)).toBe(readFileSync(file, 'utf8'));
    expect(plans(reads)).toEqual(plans(withFindings));
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

describe('positions read through a window', () => {
  // Two entries whose tables together exceed the reader's 1 MB window: the second's lookup moves
  // the window, and the first's lookup afterwards must read its own bytes again, not the second's.
  it('gives each entry its own positions, whatever order they are looked up in', () => {
    const dir = copySample();
    const location = join(dir, '.cssp-cache');
    const entry = (name: string, offset: number) => {
      const table: Record<string, number[]> = { '': [0, 1, -1, -1, 0] };
      for (let i = 0; i < 20000; i++) table[`${name}\u0000${i}`] = [offset + i, offset + i + 1, -1, -1, 1];
      return { file: join(dir, `${name}.yaml`), hash: name, data: '[1]', diagnostics: '[]', positions: encodeLineStarts([0, 10]) + asciiJson(table), decoded: true };
    };
    const writer = new ParseCache(location, 'b');
    writer.put(entry('a', 1000));
    writer.put(entry('b', 5000));
    writer.save();
    const reader = new ParseCache(location, 'b');
    const a = reader.get(join(dir, 'a.yaml'), 'a')!;
    const b = reader.get(join(dir, 'b.yaml'), 'b')!;
    expect(a.positionAt('a\u000019999')).toEqual([1000 + 19999, 1000 + 20000, -1, -1, 1]);
    expect(b.positionAt('b\u000019999')).toEqual([5000 + 19999, 5000 + 20000, -1, -1, 1]);
    expect(a.positionAt('a\u00000')).toEqual([1000, 1001, -1, -1, 1]);
    expect(a.lineStarts()).toEqual([0, 10]);
    reader.close();
  });
});
