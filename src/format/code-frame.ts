// A Babel-style code frame for stylish: one line of context either side, a `>` marker and a caret
// underline. Tabs are expanded to fixed stops in both the source and the caret line, otherwise the
// terminal's own tab width would shift the carets away from the text they point at.
// Long lines (a 2,000-character folded paragraph) are cut to a window around the column, marked
// with "…" where cut, so one finding cannot flood the terminal.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostic.js';

const TAB_STOP = 4;
/** Characters of source shown per line; the frame's gutter and indent add about 12 more. */
export const FRAME_WIDTH = 80;
const ELLIPSIS = '…';

/** `text` with tabs expanded; lengths stay in UTF-16 units, like the YAML LineCounter columns. */
function expandTabs(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : ch;
  return out;
}

/** The columns [from, from + FRAME_WIDTH) shown: a third of the window before the caret, when the line is long. */
function windowStart(lineLength: number, caret: number): number {
  if (lineLength <= FRAME_WIDTH) return 0;
  return Math.max(0, Math.min(caret - Math.floor(FRAME_WIDTH / 3), lineLength - FRAME_WIDTH));
}

/** Every line of the frame is cut to the same window, so columns stay aligned between them. */
function clip(text: string, from: number): string {
  const cutBefore = from > 0 && text.length > 0;
  const cutAfter = text.length > from + FRAME_WIDTH;
  return `${cutBefore ? ELLIPSIS : ''}${text.slice(from, from + FRAME_WIDTH)}${cutAfter ? ELLIPSIS : ''}`;
}

export function codeFrame(text: string, d: Diagnostic, paint: (s: string) => string, c: ChalkInstance): string[] {
  // Split on CRLF too: files with Windows line endings are checked (and warned about), not rejected.
  const lines = text.split(/\r?\n/);
  const target = lines[d.line - 1];
  if (target === undefined) return [];
  const first = Math.max(1, d.line - 1);
  const last = Math.min(lines.length, d.line + 1);
  const width = String(last).length;
  const row = (marker: string, gutter: string, body: string) =>
    `${marker} ${c.dim(`${gutter.padStart(width)} |`)}${body === '' ? '' : ` ${body}`}`;

  const expanded = expandTabs(target);
  // endColumn is exclusive; a range running onto later lines is underlined to the end of this one.
  const start = expandTabs(target.slice(0, d.column - 1)).length;
  const end = d.endLine > d.line ? expanded.length : expandTabs(target.slice(0, d.endColumn - 1)).length;
  const from = windowStart(expanded.length, start);

  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const source = clip(n === d.line ? expanded : expandTabs(lines[n - 1]!), from);
    if (n !== d.line) {
      out.push(row(' ', String(n), source));
      continue;
    }
    out.push(row(paint('>'), String(n), source));
    // Positions inside the window, after the leading "…" when there is one.
    const shift = from > 0 ? ELLIPSIS.length - from : 0;
    const caret = Math.max(start, from) + shift;
    const stop = Math.min(end, from + FRAME_WIDTH) + shift;
    out.push(row(' ', '', ' '.repeat(caret) + paint('^'.repeat(Math.max(1, stop - caret)))));
  }
  return out;
}
