// Checks for each answer of `cssp drill add`: a prompt shows the text and asks again, a flag
// stops the run with exit 2. true when the answer is good.
import { defaultCalendar } from './calendar.js';
import type { DrillType } from './drills.js';
import { schoolYearOn } from './school-year.js';
import type { Calendar, DistrictConfig, Drill } from './types.generated.js';
import { isIsoDate } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';

export const DRILL_TYPES: readonly { value: DrillType; name: string }[] = [
  { value: 'fire', name: 'fire (full evacuation)' },
  { value: 'fire-alarm', name: 'fire-alarm (alarm sounded, no drill)' },
  { value: 'earthquake', name: 'earthquake (drop, cover and hold on)' },
  { value: 'lockdown', name: 'lockdown' },
  { value: 'armed-assailant', name: 'armed-assailant' },
  { value: 'secure', name: 'secure' },
  { value: 'shelter', name: 'shelter in place' },
  { value: 'evacuation', name: 'evacuation (off site)' },
  { value: 'other', name: 'other' },
];

export type Check = (value: string) => true | string;

export const validateType: Check = (v) =>
  DRILL_TYPES.some((t) => t.value === v) ? true : `"${v}" is not a drill type; use one of ${DRILL_TYPES.map((t) => t.value).join(', ')}.`;

/** A date written YYYY-MM-DD, no later than today; `when` says why a later one is refused. */
export function validateDate(today: string, when = 'log a drill once it has been held'): Check {
  return (v) => {
    if (!isIsoDate(v.trim())) return 'write the date as YYYY-MM-DD, for example 2026-11-14.';
    return v.trim() <= today ? true : `${v.trim()} is after today (${today}): ${when}.`;
  };
}

/** An optional date (Enter to leave it out). */
export const validateOptionalDate: Check = (v) => (!v.trim() || isIsoDate(v.trim()) ? true : 'write the date as YYYY-MM-DD, for example 2026-11-14.');

/** A start time as people write it (09:40, 9:40, 14:00, 10:15 AM, 2:05 pm, 3 PM) as the plan stores it: HH:MM, 24-hour. */
export function parseTime(v: string): string | undefined {
  const m = /^(\d{1,2})(?::([0-5]\d))?\s*([ap])?\.?\s*m?\.?$/i.exec(v.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] ?? (m[3] ? '00' : undefined);
  if (minute === undefined) return undefined; // a bare number is not a time
  if (m[3]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  }
  return hour <= 23 ? `${String(hour).padStart(2, '0')}:${minute}` : undefined;
}

export const validateTime: Check = (v) =>
  parseTime(v) ? true : `"${v.trim()}" is not a time; write it like 09:40, 14:00 or 10:15 AM.`;

export const validateMinutes: Check = (v) => (!v.trim() || (Number.isFinite(Number(v)) && Number(v) > 0) ? true : 'write the number of minutes, for example 12 (or leave it empty).');

/** Time to clear the buildings as people write it (185, or 3:05 as minutes:seconds), in seconds. */
export function parseSeconds(v: string): number | undefined {
  const t = v.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const m = /^(\d+):([0-5]\d)$/.exec(t);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export const validateSeconds: Check = (v) => (!v.trim() || parseSeconds(v) !== undefined ? true : 'write the time as minutes:seconds (4:30) or whole seconds (270), or leave it empty.');

export const validateCount: Check = (v) => (!v.trim() || /^\d+$/.test(v.trim()) ? true : 'write a whole number, for example 412 (or leave it empty).');

export const validateName: Check = (v) => (v.trim() ? true : 'say who ran the drill, for example "Dana Lee, Principal".');

/** The school year a drill date belongs to: the district calendar holding it, else the year from July 1. */
export function yearOfDate(date: string, config: DistrictConfig): string {
  const found = Object.entries(config.calendars ?? {}).find(([, c]) => date >= c.firstDay && date <= c.lastDay);
  return found ? found[0] : schoolYearOn(date);
}

export const calendarOf = (year: string, config: DistrictConfig): Calendar => config.calendars?.[year] ?? defaultCalendar(year);

/** true when `date` is a school day of `year`'s calendar, else why not. */
export function validateInYear(date: string, year: string, config: DistrictConfig): true | string {
  const c = calendarOf(year, config);
  if (date >= c.firstDay && date <= c.lastDay) return true;
  return `${date} is outside the ${year} school year (${longDate(c.firstDay)} to ${longDate(c.lastDay)}).`;
}

/** The answers of one drill, as typed (at prompts, in flags or in `cssp edit`'s form). */
export interface DrillAnswers {
  type: DrillType;
  date: string;
  time: string;
  duration?: string;
  evacuation?: string;
  participants?: string;
  conductedBy: string;
  observers?: readonly string[];
  notes?: string;
}

/** Each answer's problem by field, in the order asked; empty when every answer is good. */
export function drillAnswerProblems(a: DrillAnswers, today: string, config: DistrictConfig, year = yearOfDate(a.date, config)): Partial<Record<keyof DrillAnswers, string>> {
  const checks: [keyof DrillAnswers, true | string][] = [
    ['type', validateType(a.type)],
    ['date', validateDate(today)(a.date) === true ? validateInYear(a.date.trim(), year, config) : validateDate(today)(a.date)],
    ['time', validateTime(a.time)],
    ['duration', validateMinutes(a.duration ?? '')],
    ['evacuation', validateSeconds(a.evacuation ?? '')],
    ['participants', validateCount(a.participants ?? '')],
    ['conductedBy', validateName(a.conductedBy)],
  ];
  return Object.fromEntries(checks.filter(([, r]) => r !== true));
}

/** The drill log entry for good answers, in the key order the sample plans write a drill: what, when, how long, who, then the rest. */
export function drillRecord(a: DrillAnswers): Drill {
  const named = (a.observers ?? []).map((o) => o.trim()).filter(Boolean);
  const [duration, seconds, participants, notes] = [a.duration, a.evacuation, a.participants, a.notes].map((x) => (x ?? '').trim());
  return {
    type: a.type,
    date: a.date.trim(),
    time: parseTime(a.time)!,
    ...(duration ? { durationMinutes: Number(duration) } : {}),
    ...(seconds ? { evacuationSeconds: parseSeconds(seconds) } : {}),
    conductedBy: a.conductedBy.trim(),
    ...(participants ? { participants: Number(participants) } : {}),
    ...(named.length ? { observers: named } : {}),
    ...(notes ? { notes } : {}),
  };
}
