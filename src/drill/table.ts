// Drill rows as a text table, JSON or CSV (format/csv.ts: RFC 4180 with CRLF line ends, which
// Excel and the district's records systems expect).
import { formatCsv } from '../format/csv.js';
import type { LogRow } from './log.js';

export interface Column {
  title: string;
  value: (row: LogRow) => unknown;
}

const aa = (r: LogRow) => r.drill.armedAssailant;

export const LIST_COLUMNS: Column[] = [
  { title: 'site', value: (r) => r.site.id },
  { title: 'type', value: (r) => r.drill.type },
  { title: 'date', value: (r) => r.drill.date },
  { title: 'time', value: (r) => r.drill.time },
  { title: 'minutes', value: (r) => r.drill.durationMinutes },
  { title: 'evacuation seconds', value: (r) => r.drill.evacuationSeconds },
  { title: 'notes', value: (r) => r.drill.notes },
];

export const EXPORT_COLUMNS: Column[] = [
  { title: 'site', value: (r) => r.site.name },
  { title: 'cds code', value: (r) => r.site.cdsCode },
  ...LIST_COLUMNS.slice(1, 6),
  { title: 'conducted by', value: (r) => r.drill.conductedBy },
  { title: 'parent notice before', value: (r) => aa(r)?.parentNoticeBefore },
  { title: 'parent notice after', value: (r) => aa(r)?.parentNoticeAfter },
  { title: 'start announcement', value: (r) => aa(r)?.startAnnouncement },
  { title: 'age appropriate', value: (r) => aa(r)?.ageAppropriate },
  { title: 'support resources', value: (r) => aa(r)?.supportResources },
  { title: 'simulated gunfire', value: (r) => aa(r)?.simulatedGunfire },
  { title: 'notes', value: (r) => r.drill.notes },
];

const cell = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean));

export function toCsv(rows: readonly LogRow[], columns: readonly Column[]): string {
  return formatCsv(columns.map((c) => c.title), rows.map((r) => columns.map((c) => cell(c.value(r)))));
}

export function toJson(rows: readonly LogRow[]): string {
  return `${JSON.stringify(rows.map((r) => ({ site: r.site.id, ...r.drill })), null, 2)}\n`;
}

/** Columns padded to their widest cell; the notes column last and unpadded, so long notes only widen their own line. */
export function toTable(rows: readonly LogRow[], columns: readonly Column[]): string {
  const cells = [columns.map((c) => c.title), ...rows.map((r) => columns.map((c) => cell(c.value(r)).replace(/\s+/g, ' ')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells.map((row) => row.map((v, i) => (i === row.length - 1 ? v : v.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}
