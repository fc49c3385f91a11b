// The terminal table: columns padded to their widest cell, colour only when the caller says so
// (a terminal without NO_COLOR), then the one-line summary and who is past a deadline.
import { Chalk, type ChalkInstance } from 'chalk';
import { footerLines, summaryLine } from './cells.js';
import { shownColumns } from './columns.js';
import type { SiteStatus, StatusReport } from './types.js';

/** The colour of a row's stage cell: red past a deadline, green once distributed. */
function paintStage(r: SiteStatus, c: ChalkInstance): (s: string) => string {
  if (r.pastDeadline.length) return c.red;
  if (r.stage === 'distributed') return c.green;
  if (r.notes.length) return c.yellow;
  return (s) => s;
}

export function formatStatusTable(report: StatusReport, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const COLUMNS = shownColumns(report.sites);
  const cells = [COLUMNS.map((col) => col.title), ...report.sites.map((r) => COLUMNS.map((col) => col.value(r).replace(/\s+/g, ' ')))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const numeric = (i: number) => COLUMNS[i]!.title === 'errors' || COLUMNS[i]!.title === 'warnings';
  // Pad plain text before colouring: escape codes must not count toward the width.
  const pad = (v: string, i: number) => (numeric(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!));
  const lines = [`Safety plan status ${report.schoolYear}, as of ${report.asOf}`, '', c.bold(cells[0]!.map(pad).join('  ').trimEnd())];
  report.sites.forEach((r, n) => {
    const row = cells[n + 1]!.map((v, i) => {
      const text = pad(v, i);
      if (COLUMNS[i]!.title === 'stage') return paintStage(r, c)(text);
      if (COLUMNS[i]!.title === 'errors' && r.errors) return c.red(text);
      if (COLUMNS[i]!.title === 'warnings' && r.warnings) return c.yellow(text);
      if (COLUMNS[i]!.title === 'drills' && r.drills.state === 'overdue') return c.red(text);
      return text;
    });
    lines.push(row.join('  ').trimEnd());
  });
  lines.push('', summaryLine(report));
  for (const r of report.sites.filter((s) => s.pastDeadline.length)) {
    lines.push(`${c.red('past a deadline:')} ${r.name}`, ...r.pastDeadline.map((why) => `  - ${why}`));
  }
  lines.push(...footerLines(report).map((l) => c.dim(l)));
  return `${lines.join('\n')}\n`;
}
