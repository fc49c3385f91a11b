// Helpers shared by the formatters: stable order, grouping, printable paths, Markdown table cells
// and the one-line summary.
import { relative, resolve, sep } from 'node:path';
import { compareDiagnostics, summarize, type Diagnostic } from '../diagnostic.js';

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** Diagnostics by file, in the order the files first appear. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return byFile;
}

/** A Markdown table cell: `|` would end the cell and a newline the row; `<`/`&` would be read as HTML. */
export function escapeMarkdownCell(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('|', '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** Relative to cwd with forward slashes, so output is identical on Windows and in CI. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return (rel === '' ? file : rel).split(sep).join('/');
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** "5 problems (3 errors, 2 warnings, 0 info) in 2 of 12 files", or "12 files checked, no problems". */
export function summaryText(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  if (diagnostics.length === 0) return `${plural(filesChecked, 'file')} checked, no problems`;
  const s = summarize(diagnostics, filesChecked);
  const withProblems = new Set(diagnostics.map((d) => d.file)).size;
  // A caller that miscounts must not produce "3 of 2 files".
  const total = Math.max(filesChecked, withProblems);
  return (
    `${plural(diagnostics.length, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info)` +
    ` in ${withProblems} of ${plural(total, 'file')}`
  );
}
