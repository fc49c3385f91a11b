import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownCell } from '../../src/format/markdown.js';
import { groupByFile } from '../../src/format/util.js';
import type { Diagnostic } from '../../src/diagnostic.js';

const at = (file: string, line: number) => ({ file, line }) as Diagnostic;

describe('format helpers', () => {
  it('groups diagnostics by file, in first-seen order, keeping their order', () => {
    const groups = groupByFile([at('b.yaml', 1), at('a.yaml', 2), at('b.yaml', 3)]);
    expect([...groups.keys()]).toEqual(['b.yaml', 'a.yaml']);
    expect(groups.get('b.yaml')!.map((d) => d.line)).toEqual([1, 3]);
  });
  it('escapes Markdown table cells: pipes, newlines and HTML', () => {
    expect(markdownCell('a | b')).toBe('a \\| b');
    expect(markdownCell('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
    expect(markdownCell('plans/<school-year>/x & y')).toBe('plans/&lt;school-year&gt;/x &amp; y');
  });

  it.each([
    ['@everyone look', '&#64;everyone look'],
    ['![t](http://x.example/p.png)', '\\!\\[t\\](http://x.example/p.png)'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['# heading `code` *em*', '\\# heading \\`code\\` \\*em\\*'],
  ])('escapes untrusted Markdown %j', (text, escaped) => expect(escapeMarkdown(text)).toBe(escaped));
});
