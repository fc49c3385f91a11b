// Shows that the fast path's differential test notices each guard's removal: for every guard
// below, removes it from the source, runs test/plan/fast-read-differential.test.ts, and reports
// whether the test failed (it must) and its first disagreement. The source is restored after each.
// Run after upgrading js-yaml or yaml, or after adding a guard:  node scripts/guard-mutants.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const EVENTS = 'src/plan/fast-read-events.ts';
const TEXT = 'src/plan/fast-read-text.ts';
const GUARDS = 'src/plan/fast-read-guards.ts';
const SCAN_TEXT = 'src/plan/fast-scan-text.ts';
const SCAN_VALUES = 'src/plan/fast-scan-values.ts';

/** [name, file, exact text, replacement that removes the guard] */
const MUTANTS = [
  ['carriage returns alone', GUARDS, "if (text[at + 1] !== '\\n') return false;", ''],
  ['tabs', GUARDS, "if (text.includes('\\t')) return false;", ''],
  ['explicit keys (?)', GUARDS, "(at + 1 === text.length || ' \\r\\n'.includes(text[at + 1]!))) return false;", '(at + 1 === text.length || \' \\r\\n\'.includes(text[at + 1]!))) continue;'],
  ['comment stuck to a quote or bracket', GUARDS, "if ('\"\\']}'.includes(text[at - 1]!)) return false;", ''],
  ['directives and document end markers', GUARDS, "if (has('%') || (has('...') && atLineStart(text, '...').some((at) => endsMarker(text, at + 3)))) return false;", ''],
  ['anchors, aliases and tags', EVENTS, '} else if (ev.anchorStart !== -1 || ev.tagStart !== -1) {\n        this.giveUp();', '} else if (false) {\n        this.giveUp();'],
  ['multi-line quoted scalars', EVENTS, "if (spansLines(text, vs, ve)) this.giveUp(); // folding", 'if (false) this.giveUp(); // folding'],
  ['multi-line flow collections', EVENTS, 'if (spansLines(text, start, at)) this.giveUp();', ''],
  ['null, multi-line and long keys', EVENTS, "if (name === null || spansLines(text, start, end) || end - start > MAX_KEY) this.giveUp();", ''],
  ['empty list items', EVENTS, 'if (parent.seq) this.giveUp(); // an empty list item', '// an empty list item'],
  ['block scalars starting with a blank line', TEXT, 'if (ve > vs && onlySpaces(text, vs, Math.min(ve, lineEndAt(text, vs)))) return -1;', ''],
  ['deeper blank lines in block scalars', TEXT, 'if (deepBlankLine(text, vs, ve, indent)) return -1;', ''],
  // The scanner's own copies of guards for what it reads (its blocks skip blockHeaderAt).
  ['scanner: deeper blank lines in block scalars', SCAN_VALUES, 'if (blank && spaces > contentIndent) giveUp();', ''],
  ['scanner: block scalars starting with a blank line', SCAN_VALUES, 'text.charCodeAt(content) === NL || contentIndent <= indent) giveUp();', 'contentIndent <= indent) giveUp();'],
  ['scanner: control characters, carriage returns and tabs', SCAN_TEXT, 'const plainCharacters = (text: string): boolean => !SPECIAL.test(text);', 'const plainCharacters = (text: string): boolean => true;'],
  ['comment lines after a one-line collection', EVENTS, "(trimmed === lineEnd || !this.belongs(start, lineEnd))", '(trimmed === lineEnd || true)'],
];

const missed = [];
for (const [name, file, find, replace] of MUTANTS) {
  const original = readFileSync(file, 'utf8');
  if (!original.includes(find)) throw new Error(`${file} no longer holds the guard "${name}": update this script`);
  writeFileSync(file, original.replace(find, replace));
  try {
    const run = spawnSync('npx', ['vitest', 'run', 'test/plan/fast-read-differential.test.ts'], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    const failed = run.status !== 0;
    const first = (`${run.stdout}\n${run.stderr}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "").match(/(?:mutant \d+ \([^)]*\): [^\n]{0,160}|FAIL .*> (?:reads|resolves|agrees) [^\n]{0,160})/) ?? [''])[0];
    if (!failed) missed.push(name);
    console.log(`${failed ? 'caught   ' : 'not seen '} ${name}${failed && first ? `\n          ${first.trim()}` : ''}`);
  } finally {
    writeFileSync(file, original);
  }
}
// A guard whose removal no input shows is either redundant with this js-yaml (5.5.0 rejects tabs,
// stuck comments, under-indented quoted lines and blank-led blocks as yaml does; js-yaml 4 did not)
// or lacks a case: look for an input where the two differ before removing the guard.
if (missed.length) console.log(`\nNo input of the test needs: ${missed.join('; ')}.`);
