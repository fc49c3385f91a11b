// One finding per root cause: the first YAML error at the line a person has to fix, a hint for
// its kind, and a count of the errors that follow from it.
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/plan/source.js';

interface Case {
  name: string;
  text: string;
  /** [line, column] of the one finding */
  at: [number, number];
  message: RegExp;
  hint: RegExp;
  more?: number;
}

const committee = (bad: string) => `committee:\n  members:\n    - name: Ana\n${bad}    - name: Bo\n      role: parent\n    - name: Cy\n      role: teacher\n`;
const sections = (earthquakeIndent: string) =>
  `schoolYear: 2026-27\nsections:\n  crimeAssessment:\n    text: a\n${earthquakeIndent}earthquake:\n    text: b\n  shelterAgreement:\n    text: c\n  dressCode:\n    adopted: false\n`;

const cases: Case[] = [
  { name: 'tab in the committee list', text: committee('\t  role: principal\n'), at: [4, 1], message: /^A tab character is used for indentation.* \d+ more YAML errors? after this one/, hint: /spaces/ },
  { name: 'earthquake: moved to column 1', text: sections(''), at: [5, 1], message: /indented 0 spaces, but the entries it belongs with are indented 2 spaces \(line 3\)/, hint: /exactly 2 spaces/ },
  { name: 'earthquake: one space short', text: sections(' '), at: [5, 2], message: /indented 1 space, but the entries it belongs with are indented 2 spaces \(line 3\)/, hint: /exactly 2 spaces/ },
  { name: 'a key indented deeper than the line above', text: 'site:\n  id: a\n   name: B\n  level: x\n', at: [3, 4], message: /indented 3 spaces, deeper than line 2 \(2 spaces\)/, hint: /exactly 2 spaces to line up with line 2/ },
  // A new plan's `members: []` and `responder: {}`: the empty list or block has to go, not the indentation.
  { name: 'an entry written under an empty list', text: 'committee:\n  members: []\n    name: Dana Lee\n    role: principal\n', at: [3, 5], message: /Line 2 writes `members` as an empty list \(`\[\]`\)/, hint: /Remove `\[\]` from line 2, and start each entry with "- "[^]*members:\n {4}- name: Dana Lee/ },
  { name: 'a field written under an empty block', text: 'responder: {}\n  contacts:\n    - name: A\n', at: [2, 3], message: /Line 1 writes `responder` as an empty block/, hint: /Remove `\{\}` from line 1/ },
  { name: 'a list field one space short', text: 'drills:\n  - type: fire\n    date: 2026-01-01\n   time: "09:00"\n  - type: lockdown\n', at: [4, 4], message: /indented 3 spaces, but the entries it belongs with are indented 4 spaces \(line 3\)/, hint: /exactly 4 spaces/ },
  { name: 'a list item out of line', text: 'drills:\n  - type: fire\n    date: 2026-01-01\n   - type: lockdown\n    date: 2026-01-02\n', at: [4, 4], message: /indented 3 spaces/, hint: /exactly 4 spaces|exactly 2 spaces/ },
  { name: 'unclosed double quote', text: 'site:\n  name: "Lincoln Elementary\n  level: elementary\nschoolYear: 2026-27\n', at: [2, 9], message: /quoted value is not closed/, hint: /closing "/ },
  { name: 'unclosed single quote', text: "site:\n  name: 'O''Neil Elementary\n  level: elementary\n", at: [2, 9], message: /quoted value is not closed/, hint: /closing '/ },
  { name: 'quoted value continued under-indented', text: 'site:\n  name: "Lincoln\n Elementary"\n  level: elementary\n', at: [2, 9], message: /quoted value is not closed/, hint: /indented more than its key/ },
  { name: 'unquoted colon in a value', text: 'site:\n  name: Note: closed\n', at: [2, 9], message: /colon followed by a space/, hint: /name: "Note: closed"/ },
  { name: 'value starting with @', text: 'contact: @front-office\n', at: [1, 10], message: /cannot start with @/, hint: /quotes/ },
  { name: 'flow mapping at column 0', text: 'site: {\nid: a\n}\n', at: [2, 1], message: /YAML syntax error/, hint: /indentation|quotes/ },
  { name: 'flow sequence not closed', text: 'grades: [K, 1, 2\nschoolYear: 2026-27\n', at: [1, 9], message: /\[ is never closed/, hint: /End the list with \]/ },
  { name: 'flow mapping not closed at the end of the file', text: 'a: 1\nsite: { id: a,\n  name: B\n', at: [2, 7], message: /\{ is never closed/, hint: /End the block with \}/ },
  { name: 'flow sequence not closed, after a closed one', text: 'a: [1, 2]\nb: [3,\n', at: [2, 4], message: /\[ is never closed/, hint: /\]/ },
  { name: 'two documents', text: 'a: 1\n---\nb: 2\n', at: [2, 1], message: /more than one YAML document/, hint: /---/ },
  { name: 'duplicate key', text: 'site:\n  id: a\n  name: A\n  id: b\n', at: [4, 3], message: /^The key `id` appears twice/, hint: /Delete one/ },
  { name: 'quoted duplicate key', text: 'site:\n  "id": a\n  "id": b\n', at: [3, 3], message: /^The key `"id"` appears twice/, hint: /Delete one/ },
  { name: 'nested more than 64 levels (flow)', text: `a: ${'['.repeat(70)}${']'.repeat(70)}\n`, at: [1, 67], message: /nested more than 64 levels/, hint: /brackets/ },
  { name: 'nested more than 64 levels (block)', text: Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k:\n`).join(''), at: [65, 65], message: /nested more than 64 levels/, hint: /./ },
  { name: 'thousands of brackets are refused before parsing', text: `a: ${'['.repeat(20000)}\n`, at: [1, 1004], message: /nested more than 64 levels/, hint: /brackets/ },
];

describe('YAML errors', () => {
  it.each(cases)('$name', (c) => {
    const source = loadSource('x.yaml', c.text);
    expect(source.data).toBeUndefined();
    expect(source.diagnostics).toHaveLength(1);
    const [d] = source.diagnostics;
    expect([d!.line, d!.column]).toEqual(c.at);
    expect(d!.message).toMatch(c.message);
    expect(d!.hint).toMatch(c.hint);
  });

  it('lists every duplicate key when nothing else is wrong', () => {
    const source = loadSource('x.yaml', 'a: 1\nb: 2\na: 3\nc:\n  d: 1\n  d: 2\n');
    expect(source.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['yaml-duplicate-key', 3, 1], ['yaml-duplicate-key', 6, 3]]);
  });

  it('counts the errors after the first one', () => {
    const source = loadSource('x.yaml', committee('\t  role: principal\n'));
    expect(source.diagnostics[0]!.message).toMatch(/ [1-9]\d* more YAML errors after this one/);
    expect(loadSource('x.yaml', 'a: [1\n').diagnostics[0]!.message).not.toMatch(/more YAML error/);
  });

  it('reads YAML 1.2 core: 0b101, dates, yes/no and 0o17 as the editor does', () => {
    const source = loadSource('x.yaml', 'a: 0b101\nb: 2026-02-18\nc: yes\nd: 0o17\ne: 017\nf: .inf\n');
    expect(source.data).toEqual({ a: '0b101', b: '2026-02-18', c: 'yes', d: 15, e: 17, f: Infinity });
  });

  it('does not read merge keys (YAML 1.1)', () => {
    const source = loadSource('x.yaml', 'base: &b\n  x: 1\nsite:\n  <<: *b\n');
    expect(source.data).toEqual({ base: { x: 1 }, site: { '<<': { x: 1 } } });
  });

  it('reads YAML 1.1 tags as the value written, with a warning at the tag', () => {
    const source = loadSource('x.yaml', 'a: !!binary aGVsbG8=\nb: !!timestamp 2026-01-01\nc: !custom x\n');
    expect(source.data).toEqual({ a: 'aGVsbG8=', b: '2026-01-01', c: 'x' });
    expect(source.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column, d.endColumn])).toEqual([
      ['yaml-syntax', 'warning', 1, 4, 12], ['yaml-syntax', 'warning', 2, 4, 15], ['yaml-syntax', 'warning', 3, 4, 11],
    ]);
  });

  it('keeps YAML 1.2 core under a %YAML 1.1 directive', () => {
    expect(loadSource('x.yaml', '%YAML 1.1\n---\na: yes\nb: 0b101\n').data).toEqual({ a: 'yes', b: '0b101' });
  });
});
