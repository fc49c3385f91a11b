// Every kind of bad input becomes a positioned diagnostic, never an exception.
import { describe, expect, it } from 'vitest';
import { loadSource, MAX_FILE_BYTES } from '../../src/plan/source.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  '',
].join('\n');

interface Case {
  name: string;
  input: string | Uint8Array;
  ruleId: string;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  message: RegExp;
  /** Does the data still load? */
  loads: boolean;
}

const cases: Case[] = [
  { name: 'syntax error', input: 'site:\n  name: Lincoln\n  level: [elementary\nschoolYear: 2026-27\n', ruleId: 'yaml-syntax', severity: 'error', line: 3, column: 10, message: /\[ is never closed/, loads: false },
  { name: 'unquoted colon', input: 'site:\n  name: Note: closed\n', ruleId: 'yaml-syntax', severity: 'error', line: 2, column: 9, message: /colon followed by a space/, loads: false },
  { name: 'duplicate key', input: 'site:\n  id: a\n  name: A\n  id: b\n', ruleId: 'yaml-duplicate-key', severity: 'error', line: 4, column: 3, message: /key `id` appears twice/, loads: false },
  { name: 'tab indentation', input: 'site:\n\tid: a\n', ruleId: 'yaml-syntax', severity: 'error', line: 2, column: 1, message: /tab character/, loads: false },
  { name: 'byte order mark', input: '\ufeffschoolYear: 2026-27\n', ruleId: 'file-encoding', severity: 'warning', line: 1, column: 1, message: /byte order mark/, loads: true },
  { name: 'byte order mark in the bytes', input: bytes([0xef, 0xbb, 0xbf], 'schoolYear: 2026-27\n'), ruleId: 'file-encoding', severity: 'warning', line: 1, column: 1, message: /byte order mark/, loads: true },
  { name: 'CRLF line ends', input: 'schoolYear: 2026-27\r\nversion: "1"\r\n', ruleId: 'line-endings', severity: 'warning', line: 1, column: 20, message: /CRLF/, loads: true },
  { name: 'not UTF-8 (Windows-1252 é)', input: bytes('site:\n  name: Caf', [0xe9], '\n'), ruleId: 'file-encoding', severity: 'error', line: 2, column: 12, message: /not valid UTF-8: byte 0xe9 at line 2, column 12/, loads: false },
  { name: 'truncated UTF-8 sequence', input: bytes('a: ', [0xe2, 0x82], '\n'), ruleId: 'file-encoding', severity: 'error', line: 1, column: 4, message: /not valid UTF-8/, loads: false },
  { name: 'alias bomb', input: aliasBomb, ruleId: 'yaml-syntax', severity: 'error', line: 2, column: 8, message: /Too many alias references/, loads: false },
  { name: 'file too large', input: 'a: "' + 'x'.repeat(MAX_FILE_BYTES) + '"\n', ruleId: 'file-too-large', severity: 'error', line: 1, column: 1, message: /at most 2 MiB/, loads: false },
];

describe('loadSource', () => {
  it.each(cases)('$name -> $ruleId at $line:$column', (c) => {
    const source = loadSource('plans/2026-27/x.yaml', c.input);
    expect(source.diagnostics).toHaveLength(1);
    const [d] = source.diagnostics;
    expect(d).toMatchObject({ ruleId: c.ruleId, severity: c.severity, line: c.line, column: c.column, file: 'plans/2026-27/x.yaml' });
    expect(d!.message).toMatch(c.message);
    expect(d!.hint).toBeTruthy();
    expect(source.data !== undefined).toBe(c.loads);
  });

  it('reads dates and times as text (YAML 1.2 core schema), not Date objects', () => {
    const source = loadSource('x.yaml', 'date: 2026-02-18\ntime: 09:40\nyes: no\n');
    expect(source.data).toEqual({ date: '2026-02-18', time: '09:40', yes: 'no' });
  });

  it('fast and slow paths give the same data', () => {
    const text = 'a: 1\nb: [x, "y"]\nc:\n  d: |\n    line *one*\n    & two\n  e: ~\n';
    const anchored = `${text}f: &f 1\ng: *f\n`;
    const fast = loadSource('x.yaml', text).data as Record<string, unknown>;
    const slow = loadSource('x.yaml', anchored).data as Record<string, unknown>;
    expect({ ...slow, f: undefined, g: undefined }).toEqual({ ...fast, f: undefined, g: undefined });
    expect(slow.g).toBe(1);
  });

  it('maps paths to ranges, falling back to the nearest parent', () => {
    const source = loadSource('x.yaml', 'site:\n  level: elemantary\nsections:\n  earthquake: {}\ndrills:\n  - type: fire\n');
    expect(source.rangeOf(['site', 'level'])).toEqual({ start: { line: 2, column: 10 }, end: { line: 2, column: 20 } });
    expect(source.rangeOf(['sections', 'crimeAssessment']).start).toEqual({ line: 3, column: 1 });
    expect(source.rangeOf(['drills', 0]).start).toEqual({ line: 6, column: 5 });
    expect(source.rangeOf(['site', 'level'], true).start).toEqual({ line: 2, column: 3 });
    expect(source.rangeOf(['missing', 'deeper']).start).toEqual({ line: 1, column: 1 });
  });
});
