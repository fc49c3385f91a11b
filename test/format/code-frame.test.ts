// Long lines are cut to a window around the column with "…" where cut; the carets stay under the
// text they point at wherever the column is.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { codeFrame, FRAME_WIDTH } from '../../src/format/code-frame.js';

const c = new Chalk({ level: 0 });
const filler = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 'abcdefghij'[(i + seed) % 10]).join('');

/** A 2,000-character line 2 with "TARGET" at `column`, between two long context lines. */
function frameAt(column: number): { marked: string; carets: string; context: string[] } {
  const line = `${filler(column - 1, 0)}TARGET${filler(2000 - column - 5, 3)}`;
  expect(line).toHaveLength(2000);
  const text = [filler(2000, 5), line, filler(2000, 7)].join('\n');
  const d: Diagnostic = { ruleId: 'x', severity: 'error', message: 'm', file: 'f', line: 2, column, endLine: 2, endColumn: column + 6 };
  const out = codeFrame(text, d, (s) => s, c);
  expect(out).toHaveLength(4);
  return { marked: out[1]!, carets: out[2]!, context: [out[0]!, out[3]!] };
}

describe('codeFrame on a long line', () => {
  it.each([
    ['near the start', 3, false, true],
    ['in the middle', 1000, true, true],
    ['near the end', 1995, true, false],
  ])('%s: a window around the column, carets under the target', (_, column, cutBefore, cutAfter) => {
    const { marked, carets, context } = frameAt(column);
    for (const l of [marked, carets, ...context]) expect(l.length).toBeLessThanOrEqual(FRAME_WIDTH + 12);
    const body = marked.slice(marked.indexOf('| ') + 2);
    expect(body.startsWith('…')).toBe(cutBefore);
    expect(body.endsWith('…')).toBe(cutAfter);
    expect(carets.indexOf('^')).toBe(marked.indexOf('TARGET'));
    expect(carets.trimEnd().endsWith('^^^^^^')).toBe(true);
    expect(carets.match(/\^/g)).toHaveLength(6);
    // Context lines share the window, so they start at the same column as the marked line.
    for (const l of context) expect(l.indexOf('| ')).toBe(marked.indexOf('| '));
  });

  it('leaves lines that fit alone', () => {
    const d: Diagnostic = { ruleId: 'x', severity: 'error', message: 'm', file: 'f', line: 1, column: 5, endLine: 1, endColumn: 8 };
    expect(codeFrame('key: val\n', d, (s) => s, c)).toEqual(['> 1 | key: val', '    |     ^^^', '  2 |']);
  });
});
