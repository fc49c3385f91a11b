// The shape `cssp status` reports, one row per site: what every format prints and what
// `--format json` documents (README, "cssp status").
import type { Severity } from '../diagnostic.js';
import type { AgencyDelivery } from '../plan/deliveries.js';

/** The output formats of `cssp status`. */
export const STATUS_FORMATS = ['table', 'json', 'csv', 'markdown', 'html'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

/** How far a site's plan has come this school year, in the order the statute takes it. */
export const STAGES = ['not-started', 'drafting', 'consulted', 'meeting-held', 'adopted', 'approved', 'distributed'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  'not-started': 'not started',
  drafting: 'drafting',
  consulted: 'consulted',
  'meeting-held': 'meeting held',
  adopted: 'adopted',
  approved: 'approved',
  distributed: 'distributed',
};

export interface Finding {
  severity: Severity;
  ruleId: string;
  message: string;
  line: number;
  column: number;
}

export interface DrillStatus {
  /** 'none' when the site has no plan to log drills in. */
  state: 'on-track' | 'overdue' | 'none';
  /** The drill rules' own findings, one line each. */
  overdue: string[];
  /** Requirement periods (a month, a quarter, "by the end of Semester 1") that have ended, and how many were met. */
  periodsEnded: number;
  periodsMet: number;
  /** Drills logged in the school year up to the as-of date. */
  logged: number;
}

/** Each agency owed the plan or sent it, with its last delivery's state (src/plan/deliveries.ts). */
export type AgencyStatus = AgencyDelivery;

/** A language EC 48985 requires of the site's family edition, and the state of its translation. */
export interface TranslationStatus {
  language: string;
  /** Percent of the pupils, from sites[].languages. */
  share: number;
  state: 'current' | 'stale' | 'missing';
}

export interface SiteStatus {
  id: string;
  name: string;
  /** false for a plan in the year folder that the site registry does not list. */
  registered: boolean;
  /** The plan file from the district folder, with forward slashes; absent when not started. */
  file?: string;
  stage: Stage;
  /** Gaps behind the stage, said plainly: "no public meeting recorded". */
  notes: string[];
  errors: number;
  warnings: number;
  findings: Finding[];
  drills: DrillStatus;
  meeting?: string;
  adoption?: string;
  approval?: string;
  /** The adoption deadline (March 1, or a new campus's first anniversary). */
  deadline?: string;
  /** Days from the as-of date to the deadline, negative once past; absent once adopted. */
  daysLeft?: number;
  agencies: AgencyStatus[];
  translations: TranslationStatus[];
  /** Why the site is past a deadline; empty when it is not. */
  pastDeadline: string[];
}

export interface MonthDrills {
  /** YYYY-MM. */
  month: string;
  /** Requirement periods, across the district, that ended in this month by the as-of date. */
  due: number;
  met: number;
}

export interface StatusSummary {
  sites: number;
  byStage: Record<Stage, number>;
  pastDeadline: number;
  errors: number;
  warnings: number;
  /** Registry sites marked active: false, left out of the rows. */
  inactive: number;
  /** Plans in the year folder that the registry does not list (they are rows, marked so). */
  unregistered: number;
}

export interface StatusReport {
  schoolYear: string;
  asOf: string;
  district: string;
  sites: SiteStatus[];
  drillMonths: MonthDrills[];
  summary: StatusSummary;
}
