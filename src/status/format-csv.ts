// The status table as CSV for spreadsheets (format/csv.ts: quoting and the formula guard).
import { formatCsv } from '../format/csv.js';
import { agencyLine } from './cells.js';
import { COLUMNS } from './columns.js';
import type { SiteStatus, StatusReport } from './types.js';

const EXTRA: readonly { title: string; value: (r: SiteStatus) => string }[] = [
  { title: 'site id', value: (r) => r.id },
  { title: 'in registry', value: (r) => (r.registered ? 'yes' : 'no') },
  { title: 'deadline', value: (r) => r.deadline ?? '' },
  { title: 'past deadline', value: (r) => r.pastDeadline.join(' | ') },
  { title: 'agency detail', value: (r) => r.agencies.map(agencyLine).join(' | ') },
];

export function formatStatusCsv(report: StatusReport): string {
  const columns = [...COLUMNS, ...EXTRA];
  return formatCsv(columns.map((c) => c.title), report.sites.map((r) => columns.map((c) => c.value(r))));
}
