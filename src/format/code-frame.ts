// A Babel-style code frame for stylish: one line of context either side, a `>` marker and a caret
// underline. Tabs are expanded to fixed stops in both the source and the caret line, otherwise the
// terminal's own tab width would shift the carets away from the text they point at.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostic.js';

const TAB_STOP = 4;

/** `text` with tabs expanded; lengths stay in UTF-16 units, like the YAML LineCounter columns. */
function expandTabs(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : ch;
  return out;
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

  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const source = expandTabs(lines[n - 1]!);
    if (n !== d.line) {
      out.push(row(' ', String(n), source));
      continue;
    }
    out.push(row(paint('>'), String(n), source));
    // endColumn is exclusive; a range running onto later lines is underlined to the end of this one.
    const start = expandTabs(target.slice(0, d.column - 1)).length;
    const end = d.endLine > d.line ? source.length : expandTabs(target.slice(0, d.endColumn - 1)).length;
    out.push(row(' ', '', ' '.repeat(start) + paint('^'.repeat(Math.max(1, end - start)))));
  }
  return out;
}
