// Reading ahead on another thread (src/check/read-ahead.ts) changes no result: a batch checked with
// the files read ahead equals the batch read here, findings, hashes and cache entries, for plain
// plans and for every file the other thread cannot read or scan (bad UTF-8, a BOM, CRLF, tabs,
// empty, too large, deleted after listing, a named pipe, a folder). The thread runs the built module (dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBatch, type BatchContext } from '../../src/check/check-files.js';
import { hashBytes } from '../../src/check/cache-keys.js';
import { ReadAhead, startReadAhead, MIN_FILES_TO_READ_AHEAD, WINDOW } from '../../src/check/read-ahead.js';
import { readRegularFile } from '../../src/util/files.js';
import { MAX_FILE_BYTES } from '../../src/plan/decode.js';
import { copySample, REPO } from '../helpers/district.js';

const SCRIPT = new URL('dist/check/read-ahead-worker.js', `file://${REPO}`);
const started: ReadAhead[] = [];
afterEach(() => started.splice(0).forEach((r) => r.stop()));
const readAhead = (files: string[], hash: boolean) => {
  const r = new ReadAhead(files, hash, SCRIPT);
  started.push(r);
  return r;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

/** The sample's plans, several times over, and files of every awkward kind among them. */
function district(): { root: string; files: string[] } {
  const root = copySample();
  const year = join(root, '2026-27');
  const plans = readdirSync(year).filter((f) => f.endsWith('.yaml'));
  const files: string[] = [];
  for (let copy = 0; copy < 4; copy++) {
    for (const plan of plans) {
      const file = join(year, `copy${copy}-${plan}`);
      writeFileSync(file, `# copy ${copy}\n${readFileSync(join(year, plan), 'utf8')}`);
      files.push(file);
    }
  }
  const odd = (name: string, content: string | Buffer) => {
    const file = join(year, name);
    writeFileSync(file, content);
    files.splice(2, 0, file); // among the first files, which a settled read-ahead holds
    return file;
  };
  const sample = readFileSync(join(year, plans[0]!), 'utf8');
  odd('latin1.yaml', Buffer.from('name: Caf\xe9\n', 'latin1'));
  odd('bom.yaml', `\ufeff${sample}`);
  odd('crlf.yaml', sample.replace(/\n/g, '\r\n'));
  odd('tabs.yaml', sample.replace('\n  ', '\n\t'));
  odd('empty.yaml', '');
  odd('alias.yaml', 'a: &x 1\nb: *x\n');
  odd('big.yaml', `# ${'x'.repeat(MAX_FILE_BYTES)}\n`); // larger than a plan may be: left to the checking thread
  rmSync(odd('deleted.yaml', sample));
  const pipe = join(year, 'pipe.yaml');
  execFileSync('mkfifo', [pipe]);
  files.splice(3, 0, pipe);
  mkdirSync(join(year, 'folder.yaml'));
  files.push(join(year, 'folder.yaml'));
  return { root, files };
}

describe('ReadAhead', () => {
  it('changes nothing a check reports or caches', async () => {
    const { root, files } = district();
    const ctx: BatchContext = { root, config: undefined, asOf: '2026-11-23', collectCache: true };
    const access = { read: (file: string) => readRegularFile(file), exists: () => true };
    const here = checkBatch(files, ctx, access);
    const ahead = readAhead(files, true);
    await settle(); // so that most files come from the other thread
    let taken = 0;
    const there = checkBatch(files, ctx, { ...access, ahead: (file) => {
      const got = ahead.take(file);
      if (got) taken++;
      return got;
    } });
    expect(taken).toBeGreaterThan(8); // at least the first window, less the three it cannot read
    expect(there).toEqual(here);
    expect(here.diagnostics.filter((d) => d.ruleId === 'file-read')).toHaveLength(3); // deleted, pipe, folder
    expect(here.diagnostics.filter((d) => d.ruleId === 'file-too-large')).toHaveLength(1);
  });

  it('gives each file its own bytes, their hash and the scanner record, or nothing for what it cannot read', async () => {
    const { files } = district();
    const ahead = readAhead(files, true);
    await settle();
    const unreadable = new Set(['deleted.yaml', 'pipe.yaml', 'folder.yaml', 'big.yaml'].map((name) => files.find((f) => f.endsWith(`/${name}`))));
    for (const file of files.slice(0, WINDOW)) { // read while this test slept
      const got = ahead.take(file);
      if (unreadable.has(file)) {
        expect(got, file).toBeUndefined();
        continue;
      }
      expect(got, file).toBeDefined();
      const bytes = readFileSync(file);
      expect(Buffer.from(got!.bytes).equals(bytes), file).toBe(true);
      expect(got!.hash).toBe(hashBytes(bytes));
      if (file.endsWith('/latin1.yaml')) expect(got!.scanned).toBeUndefined(); // not text
      else if (/\/(crlf|tabs|alias|empty)\.yaml$/.test(file)) expect(got!.scanned).toBeNull(); // the scanner gives up
      else expect(got!.scanned?.events.length, file).toBeGreaterThan(100);
    }
  });

  it('gives nothing out of order, outside its list, or once stopped; and no hash unless asked', async () => {
    const { files } = district();
    const ahead = readAhead(files, false);
    await settle();
    expect(ahead.take(files[5]!)?.hash).toBeUndefined();
    expect(ahead.take(files[4]!)).toBeUndefined(); // passed: read it here
    expect(ahead.take('/nowhere/plan.yaml')).toBeUndefined();
    expect(ahead.take(files[6]!)).toBeDefined();
    ahead.stop();
    expect(ahead.take(files[7]!)).toBeUndefined();
  });

  it('starts only when it pays and threads are allowed', () => {
    const many = Array.from({ length: MIN_FILES_TO_READ_AHEAD }, (_, i) => `/d/plans/2026-27/p${i}.yaml`);
    expect(startReadAhead(many.slice(1), false, {}, 2)).toBeUndefined();
    expect(startReadAhead(many, false, {}, 1)).toBeUndefined();
    expect(startReadAhead(many, false, { CSSP_WORKERS: '0' }, 2)).toBeUndefined();
  });
});
