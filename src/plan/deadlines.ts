// Dates every governance rule hangs off: the adoption date and the EC 32286(a) deadline
// (March 1 each year; a new campus within one year of opening).
import { addYears, isoDateOf } from '../util/iso-date.js';
import { schoolYearBegins, schoolYearOf, springYear } from './school-year.js';
import type { PartialPlan } from './partial-plan.js';

/** The adoption date, when the plan records a valid one. */
export const adoptedOn = (plan: PartialPlan): string | undefined => isoDateOf(plan.adoption?.date);

/** The school year's first day for deadline purposes: July 1 of its first year. */
export function yearStart(plan: PartialPlan): string | undefined {
  const year = schoolYearOf(plan.schoolYear);
  return year && schoolYearBegins(year);
}

export interface Deadline {
  date: string;
  /** Set when the one-year rule for a new campus moved the deadline past March 1. */
  opened?: string;
}

/** March 1 of the school year's spring, or one year after a new campus opened if that is later. */
export function adoptionDeadline(plan: PartialPlan): Deadline | undefined {
  const year = schoolYearOf(plan.schoolYear);
  if (!year) return undefined;
  const march1 = `${springYear(year)}-03-01`;
  const opened = isoDateOf(plan.site?.opened);
  if (opened) {
    const anniversary = addYears(opened, 1);
    if (anniversary > march1) return { date: anniversary, opened };
  }
  return { date: march1 };
}
