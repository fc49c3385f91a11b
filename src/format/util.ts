// Helpers shared by the formatters: stable order, grouping, printable paths and the one-line
// summary (Markdown escaping is markdown.ts).
import { relative, resolve, sep } from 'node:path';
import { compareDiagnostics, summarize, type Diagnostic, type Summary } from '../diagnostic.js';
import type { HiddenCounts } from './types.js';

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

/** Relative to cwd with forward slashes, so output is identical on Windows and in CI. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return (rel === '' ? file : rel).split(sep).join('/');
}

import { plural } from '../util/plural.js';

export { plural };

/** The real counts, including findings --quiet left out of the report. */
export function summarizeAll(shown: readonly Diagnostic[], filesChecked: number, hidden: HiddenCounts | undefined): Summary {
  const s = summarize(shown, filesChecked);
  return { ...s, warnings: s.warnings + (hidden?.warnings ?? 0), infos: s.infos + (hidden?.infos ?? 0) };
}

/** " (3 warnings and 1 info not shown; run without -q to see them)", or "" when nothing was left out. */
function hiddenNote(hidden: HiddenCounts | undefined): string {
  if (!hidden || hidden.warnings + hidden.infos === 0) return '';
  const parts = [hidden.warnings > 0 && plural(hidden.warnings, 'warning'), hidden.infos > 0 && `${hidden.infos} info`].filter(Boolean);
  return ` (${parts.join(' and ')} not shown; run without -q to see them)`;
}

/**
 * "5 problems (3 errors, 2 warnings, 0 info) in 2 of 12 files", or "12 files checked, no problems".
 * With findings hidden by --quiet: "2 errors in 1 of 12 files (3 warnings not shown; …)", and
 * "no errors" rather than "no problems", which would not be true.
 */
export function summaryText(diagnostics: readonly Diagnostic[], filesChecked: number, hidden?: HiddenCounts): string {
  const note = hiddenNote(hidden);
  if (diagnostics.length === 0) return `${plural(filesChecked, 'file')} checked, ${note ? 'no errors' : 'no problems'}${note}`;
  const s = summarize(diagnostics, filesChecked);
  const withProblems = new Set(diagnostics.map((d) => d.file)).size;
  // A caller that miscounts must not produce "3 of 2 files".
  const total = Math.max(filesChecked, withProblems);
  const counts = note
    ? plural(s.errors, 'error')
    : `${plural(diagnostics.length, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info)`;
  return `${counts} in ${withProblems} of ${plural(total, 'file')}${note}`;
}

/** Text for HTML element content and quoted attribute values: the five characters HTML gives meaning to. */
export function escapeHtml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
