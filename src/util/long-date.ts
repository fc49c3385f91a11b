// Dates the way an administrator reads them in a message: "November 23, 2026". Fixed English
// month names rather than toLocaleDateString, so output is the same on every machine and locale.

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-09" -> "September 2026". */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/** "2026-11-23" -> "November 23, 2026". */
export function longDate(iso: string): string {
  return `${MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? iso} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
}
