// The summary columns, in order, for the table, CSV and Markdown formats.
import { agenciesText, daysText, drillsText, stageText, translationsText } from './cells.js';
import type { SiteStatus } from './types.js';

export interface StatusColumn {
  title: string;
  value: (r: SiteStatus) => string;
  /** Left out of the table and Markdown when no site has a value (a district that records no languages). */
  optional?: boolean;
}

/** The columns a report shows: every column, less an optional one empty for every site. */
export const shownColumns = (sites: readonly SiteStatus[]): readonly StatusColumn[] => COLUMNS.filter((c) => !c.optional || sites.some((r) => c.value(r) !== ''));

export const COLUMNS: readonly StatusColumn[] = [
  { title: 'site', value: (r) => r.name },
  { title: 'stage', value: stageText },
  { title: 'errors', value: (r) => String(r.errors) },
  { title: 'warnings', value: (r) => String(r.warnings) },
  { title: 'drills', value: drillsText },
  { title: 'meeting', value: (r) => r.meeting ?? '' },
  { title: 'adopted', value: (r) => r.adoption ?? '' },
  { title: 'approved', value: (r) => r.approval ?? '' },
  { title: 'to March 1', value: daysText },
  { title: 'agencies', value: agenciesText },
  { title: 'families', value: translationsText, optional: true },
];
