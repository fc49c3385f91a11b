// Dates every governance rule hangs off: the adoption date and the EC 32286(a) deadline
// (March 1 each year; a new campus within one year of opening).
import { isIsoDate, monthName, schoolYearStart } from './calendar.js';
import type { Plan } from './types.generated.js';

/** The value when it is a real YYYY-MM-DD date, else undefined (plans may have schema errors). */
export function dateAt(value: unknown): string | undefined {
  return typeof value === 'string' && isIsoDate(value) ? value : undefined;
}

/** The adoption date, when the plan records a valid one. */
export const adoptedOn = (plan: Plan): string | undefined => dateAt(plan.adoption?.date);

const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / 86_400_000);

/** "2027-03-01" -> "March 1, 2027". */
export const longDate = (iso: string): string =>
  `${monthName(iso.slice(0, 7)).replace(' ', ` ${Number(iso.slice(8, 10))}, `)}`;

/** The school year's first day for deadline purposes: July 1 of its first year. */
export function yearStart(plan: Plan): string | undefined {
  const year = typeof plan.schoolYear === 'string' && /^\d{4}-\d{2}$/.test(plan.schoolYear) ? plan.schoolYear : undefined;
  return year && `${schoolYearStart(year)}-07-01`;
}

export interface Deadline {
  date: string;
  /** Set when the one-year rule for a new campus moved the deadline past March 1. */
  opened?: string;
}

/** March 1 of the school year's spring, or one year after a new campus opened if that is later. */
export function adoptionDeadline(plan: Plan): Deadline | undefined {
  const start = yearStart(plan);
  if (!start) return undefined;
  const march1 = `${Number(start.slice(0, 4)) + 1}-03-01`;
  const opened = dateAt(plan.site?.opened);
  if (opened) {
    const d = new Date(Date.UTC(Number(opened.slice(0, 4)) + 1, Number(opened.slice(5, 7)) - 1, Number(opened.slice(8, 10))));
    const anniversary = d.toISOString().slice(0, 10);
    if (anniversary > march1) return { date: anniversary, opened };
  }
  return { date: march1 };
}

/** Does the plan's adoption requirement bind yet: adopted, or past the deadline as of `asOf`? */
export function adoptionDue(plan: Plan, asOf: string): boolean {
  const deadline = adoptionDeadline(plan);
  return adoptedOn(plan) !== undefined || (deadline !== undefined && asOf > deadline.date);
}
