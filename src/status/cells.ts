// The words each format prints for a row: one wording, so the table, CSV, Markdown and HTML agree.
import { plural } from '../format/util.js';
import { holdsCurrentPlan } from '../plan/deliveries.js';
import { STAGE_LABELS, type AgencyStatus, type SiteStatus, type StatusReport } from './types.js';

export const stageText = (r: SiteStatus): string => (r.notes.length ? `${STAGE_LABELS[r.stage]} (${r.notes.join('; ')})` : STAGE_LABELS[r.stage]);

export function drillsText(r: SiteStatus): string {
  const d = r.drills;
  if (d.state === 'none') return 'no plan';
  if (d.state === 'overdue') return `overdue (${plural(d.overdue.length, 'finding')})`;
  return d.periodsEnded ? `on track (${d.periodsMet}/${d.periodsEnded} met)` : 'on track';
}

/** "98 days", "due today", "overdue by 14 days"; empty once adopted. */
export function daysText(r: SiteStatus): string {
  if (r.daysLeft === undefined) return '';
  if (r.daysLeft === 0) return 'due today';
  return r.daysLeft > 0 ? plural(r.daysLeft, 'day') : `overdue by ${plural(-r.daysLeft, 'day')}`;
}

/** The agencies the plan is owed to: every required and every consulted one. */
export const owedAgencies = (r: SiteStatus): AgencyStatus[] => r.agencies.filter((a) => a.required || a.consulted);

/** "2/3 current"; "" when no agency is owed the plan yet. */
export function agenciesText(r: SiteStatus): string {
  const owed = owedAgencies(r);
  return owed.length ? `${owed.filter(holdsCurrentPlan).length}/${owed.length} current` : '';
}

export const AGENCY_STATES: Record<AgencyStatus['state'], string> = {
  current: 'has the current version',
  unverified: 'has this version (no content hash recorded)',
  changed: 'has an older printing: the plan changed since',
  'old-version': 'has an older version',
  'before-adoption': 'received it before adoption',
  'public-only': 'has only the public edition',
  none: 'no delivery recorded',
};

/** "Harbor Vista Police Department (law-enforcement): has the current version, 2027-03-16, version 2026-27.1". */
export function agencyLine(a: AgencyStatus): string {
  const when = [a.last?.date, a.last?.version && `version ${a.last.version}`].filter(Boolean).join(', ');
  return `${a.agency} (${a.type}): ${AGENCY_STATES[a.state]}${when ? `, ${when}` : ''}`;
}

/** "6 sites: 0 adopted, 6 drafting; 1 past a deadline". */
export function summaryLine(report: StatusReport): string {
  const s = report.summary;
  const adopted = s.byStage.adopted + s.byStage.approved + s.byStage.distributed;
  const earlier = (['meeting-held', 'consulted', 'drafting', 'not-started'] as const).filter((k) => s.byStage[k] > 0).map((k) => `${s.byStage[k]} ${STAGE_LABELS[k]}`);
  const distributed = s.byStage.distributed ? ` (${s.byStage.distributed} distributed)` : '';
  return `${plural(s.sites, 'site')}: ${[`${adopted} adopted${distributed}`, ...earlier].join(', ')}; ${s.pastDeadline} past a deadline`;
}

/** Footer lines: who was left out or added, so no count surprises the reader. */
export function footerLines(report: StatusReport): string[] {
  const s = report.summary;
  const out: string[] = [];
  if (s.inactive) out.push(`${plural(s.inactive, 'inactive site')} (active: false) left out.`);
  if (s.unregistered) out.push(`${plural(s.unregistered, 'plan')} in ${report.schoolYear} not in the site registry, shown marked so.`);
  return out;
}

/** "es current, vi stale": each language the site's family edition needs; "" when none reaches 15%. */
export const translationsText = (r: SiteStatus): string => r.translations.map((t) => `${t.language} ${t.state}`).join(', ');
