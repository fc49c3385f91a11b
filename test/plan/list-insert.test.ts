// Inserting a drill splices its lines in: every byte outside them stays as it was.
import { describe, expect, it } from 'vitest';
import { PlanEditor } from '../../src/plan/edit.js';
import { insertListItem } from '../../src/plan/list-insert.js';
import { yamlLib } from '../../src/plan/yaml-lib.js';

const drill = { type: 'fire', date: '2026-10-14', time: '09:40', conductedBy: 'Dana Lee, Principal' };
const entry = (dash: string, eol = '\n') =>
  [`${dash}- type: fire`, `${dash}  date: 2026-10-14`, `${dash}  time: "09:40"`, `${dash}  conductedBy: Dana Lee, Principal`].map((l) => l + eol).join('');

const head = '# Plan header\nschoolYear: 2026-27 # the year\n';
const tail = '# the end\nresponder:\n  contacts: [] # none yet\n';
const a = '  - type: fire-alarm\n    date: 2026-09-01\n    time: "08:00"\n    conductedBy: A\n';
const c = '  - type: fire\n    date: 2026-11-02\n    time: "13:10" # after lunch\n    conductedBy: C\n';
const long = `  - type: lockdown\n    date: 2026-10-01\n    time: "10:00"\n    conductedBy: B\n    notes: ${'a very long line that a re-stringify would fold '.repeat(4)}\n`;

// [name, before, index, after]: `after` is `before` with the new lines in; nothing else differs.
const cases: [string, string, number, string][] = [
  ['first by date', `${head}drills:\n${a}${c}${tail}`, 0, `${head}drills:\n${entry('  ')}${a}${c}${tail}`],
  ['middle by date, after a long line', `${head}drills:\n${a}${long}${c}${tail}`, 2, `${head}drills:\n${a}${long}${entry('  ')}${c}${tail}`],
  ['last by date, before a comment and blank line', `${head}drills:\n${a}\n${tail}`, 1, `${head}drills:\n${a}${entry('  ')}\n${tail}`],
  ['comments between entries stay with the entry below', `${head}drills:\n${a}  # November\n${c}${tail}`, 1, `${head}drills:\n${a}${entry('  ')}  # November\n${c}${tail}`],
  ['items not indented under drills:', `${head}drills:\n- type: fire\n  date: 2026-09-01\n  time: "08:00"\n${tail}`, 1, `${head}drills:\n- type: fire\n  date: 2026-09-01\n  time: "08:00"\n${entry('')}${tail}`],
  ['the last line of the file without a line end', `${head}drills:\n${a.slice(0, -1)}`, 1, `${head}drills:\n${a}${entry('  ').slice(0, -1)}\n`],
  ['drills: [] is the one line that changes', `${head}drills: []\n${tail}`, 0, `${head}drills:\n${entry('  ')}${tail}`],
  ['drills: [] keeps its comment', `${head}drills: [] # none yet\n${tail}`, 0, `${head}drills: # none yet\n${entry('  ')}${tail}`],
  ['drills: with nothing after it', `${head}drills:\n${tail}`, 0, `${head}drills:\n${entry('  ')}${tail}`],
  ['a nested list, 4 spaces in', `site:\n  drills:\n    - type: x\n      date: 2026-09-01\nz: 1\n`, 1, `site:\n  drills:\n    - type: x\n      date: 2026-09-01\n${entry('    ')}z: 1\n`],
];

describe('insertListItem', () => {
  it.each(cases)('%s', (_name, before, index, after) => {
    const path = before.startsWith('site:') ? ['site', 'drills'] : ['drills'];
    const r = insertListItem(before, path, index, drill);
    expect(r.text).toBe(after);
    // Outside the new lines, the file is the old one (drills: [] and a missing last line end aside).
    if (before.endsWith('\n') && !before.includes('drills: []')) expect(r.text.slice(0, r.start) + r.text.slice(r.end)).toBe(before);
  });

  it('keeps CRLF line ends and writes the new lines with them', () => {
    const before = `${head}drills:\n${a}${c}${tail}`.replace(/\n/g, '\r\n');
    const r = insertListItem(before, ['drills'], 1, drill);
    expect(r.text).toBe(`${head}drills:\n${a}${entry('  ')}${c}${tail}`.replace(/\n/g, '\r\n'));
  });

  it("follows the siblings' quoting: plain times stay plain, single quotes stay single", () => {
    const plain = insertListItem(`drills:\n  - type: fire\n    time: 08:00\n    conductedBy: 'A'\n`, ['drills'], 1, drill).text;
    expect(plain).toContain('  - type: fire\n    date: 2026-10-14\n    time: 09:40\n    conductedBy: \'Dana Lee, Principal\'\n');
  });

  it('follows siblings written as flow maps, adding a block entry', () => {
    const before = `drills:\n  - { type: fire, date: 2026-09-01, time: '08:00', conductedBy: A }\n  - { type: fire, date: 2026-11-01, time: '08:00', conductedBy: A }\n`;
    const r = insertListItem(before, ['drills'], 1, drill);
    expect(r.text).toBe(before.replace("A }\n  - {", `A }\n${entry('  ').replace('"09:40"', "'09:40'")}  - {`));
  });

  it('quotes what plain text would misread, whatever the siblings do', () => {
    const r = insertListItem(`drills:\n  - notes: plain\n`, ['drills'], 1, { type: 'other', notes: 'true' }).text;
    expect(yamlLib().parse(r)).toEqual({ drills: [{ notes: 'plain' }, { type: 'other', notes: 'true' }] });
  });

  it('writes nested records (observers, armedAssailant) as blocks under the entry', () => {
    const r = insertListItem(`drills:\n${a}`, ['drills'], 1, { ...drill, observers: ['Engine 31'], armedAssailant: { startAnnouncement: true } }).text;
    expect(r).toContain('    observers:\n      - Engine 31\n    armedAssailant:\n      startAnnouncement: true\n');
  });

  it('refuses a flow list with entries, saying how to write it', () => {
    expect(() => insertListItem(`drills: [{ type: fire }]\n`, ['drills'], 1, drill)).toThrow(/drills is written as a flow list.*did not change the file/);
    expect(() => insertListItem(`drills: none\n`, ['drills'], 1, drill)).toThrow(/drills is not a list/);
  });

  it('is reachable through PlanEditor, which reports where the lines went', () => {
    const editor = new PlanEditor(`${head}drills: []\n`);
    const span = editor.insert(['drills'], 0, drill);
    expect(editor.text.slice(span.start, span.end)).toBe(entry('  '));
  });
});
