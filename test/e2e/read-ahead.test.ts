// `cssp check` (and `cssp status`) of a district big enough to read ahead on a second thread
// (check/read-ahead.ts) reports exactly what the same check on one thread does, with and without
// the parse cache.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_FILES_TO_READ_AHEAD } from '../../src/check/read-ahead.js';
import { copySample, REPO } from '../helpers/district.js';

describe('cssp check with reading ahead', () => {
  let root: string;
  const check = async (env: Record<string, string>, ...more: string[]) => {
    const r = await execa('node', [`${REPO}bin/cssp.js`, 'check', '--as-of', '2026-11-23', '--format', 'json', ...more], { cwd: root, reject: false, env });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    return JSON.parse(r.stdout) as { diagnostics: { file: string }[] };
  };

  beforeAll(() => {
    root = copySample();
    const year = join(root, '2026-27');
    const plans = readdirSync(year).filter((f) => f.endsWith('.yaml'));
    // Copies with a finding each (a site the registry does not list), and a comment so each differs.
    for (let copy = 0; plans.length * (copy + 1) < MIN_FILES_TO_READ_AHEAD + 20; copy++) {
      for (const plan of plans) writeFileSync(join(year, `copy${copy}-${plan}`), `# copy ${copy}\n${readFileSync(join(year, plan), 'utf8')}`);
    }
    // One the scanner leaves to js-yaml, one neither can read.
    writeFileSync(join(year, 'copy-tabs.yaml'), readFileSync(join(year, plans[0]!), 'utf8').replace('\n  ', '\n\t'));
    writeFileSync(join(year, 'copy-latin1.yaml'), Buffer.from('name: Caf\xe9\n', 'latin1'));
  });

  it('reports what one thread reports', async () => {
    const alone = await check({ CSSP_WORKERS: '0' });
    expect(new Set(alone.diagnostics.map((d) => d.file)).size).toBeGreaterThan(MIN_FILES_TO_READ_AHEAD);
    expect(await check({})).toEqual(alone);
    const cache = join(root, '.read-ahead-cache');
    expect(await check({}, '--cache', '--cache-location', cache)).toEqual(alone); // cold: hashes from the other thread
    expect(await check({ CSSP_WORKERS: '0' }, '--cache', '--cache-location', cache)).toEqual(alone); // warm, from them
  });

  it('gives the status one thread gives (cssp status checks the year the same way)', async () => {
    const status = async (env: Record<string, string>) => {
      const r = await execa('node', [`${REPO}bin/cssp.js`, 'status', '--year', '2026-27', '--as-of', '2026-11-23', '--format', 'json'], { cwd: root, reject: false, env });
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as unknown;
    };
    expect(await status({})).toEqual(await status({ CSSP_WORKERS: '0' }));
  });
});
