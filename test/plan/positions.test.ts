// Exact ranges for every kind of YAML a plan may use: each case names the text, a path and the
// line:column range (1-based, end exclusive) that a finding at that path must underline.
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/plan/source.js';
import type { DocPath } from '../../src/plan/paths.js';

interface Case {
  name: string;
  text: string;
  path: DocPath;
  onKey?: boolean;
  /** [line, column, endLine, endColumn] */
  range: [number, number, number, number];
}

const cases: Case[] = [
  { name: 'plain value', text: 'site:\n  level: elemantary\n', path: ['site', 'level'], range: [2, 10, 2, 20] },
  { name: 'the key of a value', text: 'site:\n  level: elemantary\n', path: ['site', 'level'], onKey: true, range: [2, 3, 2, 8] },
  { name: 'value on the next line', text: 'site:\n  level:\n    elemantary\n', path: ['site', 'level'], range: [3, 5, 3, 15] },
  { name: 'value on the next line, more indented', text: 'site:\n  level:\n        elemantary\nb: 1\n', path: ['site', 'level'], range: [3, 9, 3, 19] },
  { name: 'tab before a trailing comment', text: 'site:\n  level: elemantary\t# typo\n', path: ['site', 'level'], range: [2, 10, 2, 20] },
  { name: 'spaces before a trailing comment', text: 'site:\n  level: elemantary   # typo\n', path: ['site', 'level'], range: [2, 10, 2, 20] },
  { name: 'double-quoted value with its quotes', text: 'site:\n  name: "Lincoln # 2"\n', path: ['site', 'name'], range: [2, 9, 2, 22] },
  { name: 'single-quoted value', text: "site:\n  name: 'O''Neil'  # x\n", path: ['site', 'name'], range: [2, 9, 2, 18] },
  { name: 'quoted key', text: '"site":\n  "level": elemantary\n', path: ['site', 'level'], onKey: true, range: [2, 3, 2, 10] },
  { name: 'value under a quoted key', text: '"site":\n  "level": elemantary\n', path: ['site', 'level'], range: [2, 12, 2, 22] },
  { name: 'key with a space', text: 'a b: 1\n', path: ['a b'], onKey: true, range: [1, 1, 1, 4] },
  { name: 'anchored value: the value, not the anchor', text: 'site:\n  level: &lv elemantary\nother: *lv\n', path: ['site', 'level'], range: [2, 14, 2, 24] },
  { name: 'alias of a scalar: the alias', text: 'site:\n  level: &lv elemantary\nother: *lv\n', path: ['other'], range: [3, 8, 3, 11] },
  { name: 'below an alias: in the anchored block', text: 'base: &b\n  level: elemantary\nsite: *b\n', path: ['site', 'level'], range: [2, 10, 2, 20] },
  { name: 'missing key below an alias: the anchored block', text: 'base: &b\n  level: x\nsite: *b\n', path: ['site', 'name'], range: [3, 1, 3, 5] },
  { name: 'block scalar: indicator to last line', text: 'notes: |\n  name: not a key\n  - not an item\nnext: 1\n', path: ['notes'], range: [1, 8, 3, 16] },
  { name: 'key after a block scalar whose lines look like keys', text: 'notes: |\n  level: x\n  next: y\nnext: bad\n', path: ['next'], range: [4, 7, 4, 10] },
  { name: 'folded scalar with a blank line', text: 'a: >-\n  one\n\n  two\nb: 2\n', path: ['b'], range: [5, 4, 5, 5] },
  { name: 'CRLF line ends', text: 'site:\r\n  level: elemantary\r\nb: 1\r\n', path: ['site', 'level'], range: [2, 10, 2, 20] },
  { name: 'CRLF, next key', text: 'site:\r\n  level: x\r\nb: 1\r\n', path: ['b'], range: [3, 4, 3, 5] },
  { name: 'flow mapping value', text: 'site: { id: a, level: elemantary }\n', path: ['site', 'level'], range: [1, 23, 1, 33] },
  { name: 'flow sequence item', text: 'grades: [K, 1, 13]\n', path: ['grades', 2], range: [1, 16, 1, 18] },
  { name: 'flow mapping over lines', text: 'site: {\n  id: a,\n  level: elemantary\n}\n', path: ['site', 'level'], range: [3, 10, 3, 20] },
  { name: 'sequence item that is a map: its first line', text: 'drills:\n  - type: fire\n    date: x\n', path: ['drills', 0], range: [2, 5, 2, 15] },
  { name: 'field of a sequence item', text: 'drills:\n  - type: fire\n    date: 2026-13-01\n', path: ['drills', 0, 'date'], range: [3, 11, 3, 21] },
  { name: 'sequence at the key\'s column', text: 'drills:\n- type: fire\n  date: 2026-13-01\n', path: ['drills', 0, 'date'], range: [3, 9, 3, 19] },
  { name: 'missing key: the parent key', text: 'sections:\n  earthquake: {}\n', path: ['sections', 'crimeAssessment'], range: [1, 1, 1, 9] },
  { name: 'missing list index: the list key', text: 'drills: []\n', path: ['drills', 3, 'date'], range: [1, 1, 1, 7] },
  { name: 'empty value: its key', text: 'adoption:\nb: 1\n', path: ['adoption'], range: [1, 1, 1, 9] },
  { name: 'null written out: the value', text: 'adoption: null\n', path: ['adoption'], range: [1, 11, 1, 15] },
  { name: 'empty map value', text: 'earthquake: {}\n', path: ['earthquake'], range: [1, 1, 1, 11] },
  { name: 'whole document: its first line', text: '# comment\nsite:\n  id: a\n', path: [], range: [2, 1, 2, 6] },
  { name: 'number-like key', text: '2026: x\n', path: ['2026'], range: [1, 7, 1, 8] },
  { name: 'multi-line plain value', text: 'a: one\n  two\nb: 1\n', path: ['a'], range: [1, 4, 2, 6] },
  { name: 'multi-line double-quoted value', text: 'a: "one\n  two"\nb: 1\n', path: ['a'], range: [1, 4, 2, 7] },
  { name: 'value after a document start marker', text: '---\nsite:\n  level: x\n', path: ['site', 'level'], range: [3, 10, 3, 11] },
  { name: 'emoji before the value counts as two columns', text: 'a: "😀"\nb: x\n', path: ['b'], range: [2, 4, 2, 5] },
  { name: 'empty document', text: '', path: ['site'], range: [1, 1, 1, 1] },
  { name: 'empty list item: its dash', text: 'a:\n  - x\n  -\n  - z\n', path: ['a', 1], range: [3, 3, 3, 4] },
  { name: 'comment between key and value', text: 'level: # the level\n  elemantary\n', path: ['level'], range: [2, 3, 2, 13] },
  { name: 'empty value with a comment: its key', text: 'adoption: # to do\nb: 1\n', path: ['adoption', 'date'], range: [1, 1, 1, 9] },
  { name: 'tab between key and value', text: 'a:\t1\n', path: ['a'], range: [1, 4, 1, 5] },
  { name: 'explicit key', text: '? complex\n: value\n', path: ['complex'], range: [2, 3, 2, 8] },
  { name: 'item of an aliased list', text: 'a: &x\n  - 1\nb: *x\n', path: ['b', 0], range: [2, 5, 2, 6] },
];

describe('rangeOf', () => {
  it.each(cases)('$name', (c) => {
    const source = loadSource('x.yaml', c.text);
    expect(source.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const r = source.rangeOf(c.path, c.onKey);
    expect([r.start.line, r.start.column, r.end.line, r.end.column]).toEqual(c.range);
  });
});
