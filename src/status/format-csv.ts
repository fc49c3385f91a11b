// CSV for spreadsheets: RFC 4180 (a header row, fields quoted when they hold a comma, quote or line
// break, CRLF line ends) and no formulas: a cell starting with = + - @ (or a tab or carriage
// return) is prefixed with ' so Excel shows the text instead of evaluating it.
import { agencyLine } from './cells.js';
import { COLUMNS } from './columns.js';
import type { SiteStatus, StatusReport } from './types.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: safe from formula injection, then quoted if it needs to be. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const EXTRA: readonly { title: string; value: (r: SiteStatus) => string }[] = [
  { title: 'site id', value: (r) => r.id },
  { title: 'in registry', value: (r) => (r.registered ? 'yes' : 'no') },
  { title: 'deadline', value: (r) => r.deadline ?? '' },
  { title: 'past deadline', value: (r) => r.pastDeadline.join(' | ') },
  { title: 'agency detail', value: (r) => r.agencies.map(agencyLine).join(' | ') },
];

export function formatStatusCsv(report: StatusReport): string {
  const columns = [...COLUMNS, ...EXTRA];
  const line = (values: string[]) => `${values.map(csvField).join(',')}\r\n`;
  return line(columns.map((c) => c.title)) + report.sites.map((r) => line(columns.map((c) => c.value(r)))).join('');
}
