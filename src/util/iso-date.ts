// Dates as plans write them: YYYY-MM-DD strings. ISO order is date order, so they compare as
// strings, and they are never turned into local-time Date objects, so no result depends on the
// time zone. Rules call these for every drill, so they avoid Date where they can.

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  // Character codes, not a regular expression and slices: rules ask this of every date of every
  // drill, and this was the hottest function of a warm `cssp check --cache` of 10,000 plans.
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && month >= 1 && day >= 1 && day <= daysInMonth(year, month);
}

const DASH = 45;
const ZERO = 48;

/** The number written by value[from..to), or -1 when any of those characters is not a digit 0-9. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The value when it is a real YYYY-MM-DD date, else undefined (plans may have schema errors). */
export function isoDateOf(value: unknown): string | undefined {
  return typeof value === 'string' && isIsoDate(value) ? value : undefined;
}

const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The same day `years` later; February 29 becomes March 1 in a common year. */
export function addYears(iso: string, years: number): string {
  return fromUtc(Date.UTC(Number(iso.slice(0, 4)) + years, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** The same day `months` later (Date's roll-over: January 31 plus one month is March 3 or 2). */
export function addMonths(iso: string, months: number): string {
  return fromUtc(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1 + months, Number(iso.slice(8, 10))));
}

/** "2026-09-14" -> "2026-09". */
export const monthOf = (date: string): string => date.slice(0, 7);

/** Today in local time as YYYY-MM-DD: the administrator's today, not UTC's. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
