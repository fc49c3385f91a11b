// School-year arithmetic on ISO dates (YYYY-MM-DD compare correctly as strings).
import type { Calendar, Term } from './types.generated.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function schoolYearStart(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4));
}

/** A plain August-to-June calendar, used when cssp.config.yaml has none for the year. */
export function defaultCalendar(schoolYear: string): Calendar {
  const y = schoolYearStart(schoolYear);
  const n = y + 1;
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
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return `${month}-${m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]}`;
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

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-09" -> "September 2026". */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** Today in local time as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar date written YYYY-MM-DD (no Date objects: rules call this for every drill). */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}
