import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell, groupByFile } from '../../src/format/util.js';
import type { Diagnostic } from '../../src/diagnostic.js';

const at = (file: string, line: number) => ({ file, line }) as Diagnostic;

describe('format helpers', () => {
  it('groups diagnostics by file, in first-seen order, keeping their order', () => {
    const groups = groupByFile([at('b.yaml', 1), at('a.yaml', 2), at('b.yaml', 3)]);
    expect([...groups.keys()]).toEqual(['b.yaml', 'a.yaml']);
    expect(groups.get('b.yaml')!.map((d) => d.line)).toEqual([1, 3]);
  });
  it('escapes Markdown table cells: pipes, newlines and HTML', () => {
    expect(escapeMarkdownCell('a | b')).toBe('a \\| b');
    expect(escapeMarkdownCell('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
    expect(escapeMarkdownCell('plans/<school-year>/x & y')).toBe('plans/&lt;school-year&gt;/x &amp; y');
  });
});
