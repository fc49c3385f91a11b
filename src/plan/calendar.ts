// District calendars: the months and terms of a school year, and which of them are over.
import { daysInMonth } from '../util/iso-date.js';
import { firstYear, springYear } from './school-year.js';
import type { Calendar, Term } from './types.generated.js';

/** A plain August-to-June calendar, used when cssp.config.yaml has none for the year. */
export function defaultCalendar(schoolYear: string): Calendar {
  const y = firstYear(schoolYear);
  const n = springYear(schoolYear);
  const term = (name: string, start: string, end: string): Term => ({ name, start, end });
  return {
    firstDay: `${y}-08-15`,
    lastDay: `${n}-06-10`,
    quarters: [
      term('Q1', `${y}-08-15`, `${y}-10-17`),
      term('Q2', `${y}-10-20`, `${y}-12-19`),
      term('Q3', `${n}-01-05`, `${n}-03-20`),
      term('Q4', `${n}-03-23`, `${n}-06-10`),
    ],
    semesters: [term('Semester 1', `${y}-08-15`, `${y}-12-19`), term('Semester 2', `${n}-01-05`, `${n}-06-10`)],
  };
}

export function lastDayOfMonth(month: string): string {
  return `${month}-${daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))}`;
}

/** Calendar months (YYYY-MM) from the first to the last day of instruction. */
export function monthsInSession(calendar: Calendar): string[] {
  const months: string[] = [];
  let [y, m] = calendar.firstDay.split('-').map(Number) as [number, number];
  const last = calendar.lastDay.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** Months in session whose school days have all passed before `asOf`: only those can be demanded. */
export function monthsDue(calendar: Calendar, asOf: string): string[] {
  return monthsInSession(calendar).filter((month) => {
    const end = lastDayOfMonth(month);
    return (end < calendar.lastDay ? end : calendar.lastDay) < asOf;
  });
}

/** Terms that have ended before `asOf`. */
export function termsDue(terms: readonly Term[], asOf: string): Term[] {
  return terms.filter((t) => t.end < asOf);
}

export const inTerm = (date: string, term: Term) => date >= term.start && date <= term.end;
