// Whether a requirement applies to a plan, from dates alone: the requirement's (in force, due by,
// lapses) and the plan's review. A plan is reviewed when it is adopted; one not adopted yet is being
// reviewed now, so what is in force now applies to it.
import { adoptedOn } from '../plan/deadlines.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import { schoolYearOf, springYear } from '../plan/school-year.js';
import type { SectionKey } from '../plan/sections.js';
import { REQUIREMENTS, type Requirement } from './requirements.js';

export type Applicability =
  | { applies: true; because: 'reviewed' | 'due' }
  | { applies: false; because: 'not-in-force' | 'reviewed-before' | 'lapsed' };

export interface PlanDates {
  /** The plan's adoption date; undefined for a plan not adopted yet. */
  reviewed: string | undefined;
  /** The last day of the plan's school year (June 30), when known: a plan whose year ended before a due date is history, not held to it. */
  yearEnds: string | undefined;
}

/**
 * Whether `req` applies to a plan as of `asOf`. A plan reviewed before the requirement took effect
 * is not held to it until its fixed due date (if it has one, and the plan is still in use then);
 * after the lapse date nothing is.
 */
export function applicability(req: Requirement, plan: PlanDates, asOf: string): Applicability {
  if (req.lapses && asOf >= req.lapses) return { applies: false, because: 'lapsed' };
  if (asOf < req.effective) return { applies: false, because: 'not-in-force' };
  // A plan not adopted is being reviewed now, or was last worked on in its own year if that has ended.
  const review = plan.reviewed ?? (plan.yearEnds !== undefined && plan.yearEnds < asOf ? plan.yearEnds : asOf);
  if (review >= (req.reviewedFrom ?? req.effective)) return { applies: true, because: 'reviewed' };
  if (req.dueBy && asOf > req.dueBy && (plan.yearEnds === undefined || plan.yearEnds >= req.dueBy)) return { applies: true, because: 'due' };
  return { applies: false, because: 'reviewed-before' };
}

/** The requirements that took effect after `since` (a date), oldest first. */
export function requirementsSince(requirements: readonly Requirement[], since: string): Requirement[] {
  return requirements.filter((r) => (r.reviewedFrom ?? r.effective) > since).sort((a, b) => a.effective.localeCompare(b.effective));
}

/** A plan's own dates, as applicability reads them. */
export function planDates(plan: PartialPlan): PlanDates {
  const year = schoolYearOf(plan.schoolYear);
  return { reviewed: adoptedOn(plan), yearEnds: year && `${springYear(year)}-06-30` };
}

/** "in force since September 20, 2025; in every plan by March 1, 2026; until December 31, 2030". */
export function timeline(req: Requirement, date: (iso: string) => string): string {
  const parts = [`in force since ${date(req.effective)}`];
  if (req.reviewedFrom) parts.push(`in plans reviewed from ${date(req.reviewedFrom)}`);
  parts.push(req.dueBy ? `at the plan's next review, and in every plan by ${date(req.dueBy)}` : "at the plan's next review");
  if (req.lapses) parts.push(`repealed on ${date(req.lapses)}`);
  return parts.join('; ');
}

/** The sections the law asks of every plan written now (`asOf`) for the school year ending `yearEnds`: a new plan starts with them. */
export function sectionsInForce(asOf: string, yearEnds?: string): SectionKey[] {
  return REQUIREMENTS.filter((r) => r.everyPlan && r.section && applicability(r, { reviewed: undefined, yearEnds }, asOf).applies).map((r) => r.section!);
}
