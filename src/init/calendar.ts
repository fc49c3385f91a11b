// A starting calendar for a school year, for the district to correct against the one its board
// adopted. The dates follow a common California pattern (the sample district's): school starts on
// the Wednesday from August 10 and ends on the Thursday from June 1; quarters end on the Friday
// from October 14, December 16 and March 17, and the next term starts the following school day.
import type { Calendar } from '../plan/types.generated.js';
import { firstYear } from '../plan/school-year.js';

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const at = (y: number, month: number, day: number) => Date.UTC(y, month - 1, day);

/** The first `weekday` (0 Sunday … 6 Saturday) on or after the date. */
function onOrAfter(t: number, weekday: number): number {
  return t + (((weekday - new Date(t).getUTCDay()) % 7 + 7) % 7) * DAY_MS;
}

const MON = 1, TUE = 2, WED = 3, THU = 4, FRI = 5;

export function defaultCalendar(schoolYear: string): Calendar {
  const y = firstYear(schoolYear);
  const first = onOrAfter(at(y, 8, 10), WED);
  const q1End = onOrAfter(at(y, 10, 14), FRI);
  const q2End = onOrAfter(at(y, 12, 16), FRI);
  // Winter break: back on the Tuesday from January 4 (a Monday staff day is common).
  const q3Start = onOrAfter(at(y + 1, 1, 4), TUE);
  const q3End = onOrAfter(at(y + 1, 3, 17), FRI);
  const last = onOrAfter(at(y + 1, 6, 1), THU);
  const q2Start = onOrAfter(q1End, MON);
  const q4Start = onOrAfter(q3End, MON);
  return {
    firstDay: iso(first),
    lastDay: iso(last),
    quarters: [
      { name: 'Q1', start: iso(first), end: iso(q1End) },
      { name: 'Q2', start: iso(q2Start), end: iso(q2End) },
      { name: 'Q3', start: iso(q3Start), end: iso(q3End) },
      { name: 'Q4', start: iso(q4Start), end: iso(last) },
    ],
    semesters: [
      { name: 'Semester 1', start: iso(first), end: iso(q2End) },
      { name: 'Semester 2', start: iso(q3Start), end: iso(last) },
    ],
  };
}
