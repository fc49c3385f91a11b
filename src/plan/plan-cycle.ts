// The plan cycle of a school year: the window every dated governance record of its plan falls in
// (EC 32286(a): a plan is adopted each year; EC 32288: meeting, notices and approval belong to that
// adoption). July 1 to June 30 by default; a district sets its own in cssp.config.yaml (planCycle).
import { addYears, daysBetween, isIsoDate } from '../util/iso-date.js';
import { firstYear } from './school-year.js';
import type { DistrictConfig } from './types.generated.js';

export interface PlanCycle {
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** Last day, YYYY-MM-DD. */
  readonly end: string;
}

const DEFAULT_START = '07-01';

/** The day before an ISO date. */
const dayBefore = (iso: string): string => {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
};

/** Cycles already worked out, per config (rules ask once per plan, for the same few years). */
const known = new WeakMap<object, Map<string, PlanCycle>>();
const NO_CONFIG = {};

/** The cycle of a school year written like 2026-27 (the caller checks the form). */
export function planCycle(schoolYear: string, config: DistrictConfig | undefined): PlanCycle {
  let years = known.get(config ?? NO_CONFIG);
  if (!years) known.set(config ?? NO_CONFIG, (years = new Map<string, PlanCycle>()));
  let cycle = years.get(schoolYear);
  if (!cycle) years.set(schoolYear, (cycle = Object.freeze(cycleOf(schoolYear, config))));
  return cycle;
}

function cycleOf(schoolYear: string, config: DistrictConfig | undefined): PlanCycle {
  const own = config?.planCycle?.years?.[schoolYear];
  // A reversed or malformed window in the config would flag every date; fall back to the default.
  if (own && isIsoDate(own.start) && isIsoDate(own.end) && daysBetween(own.start, own.end) >= 0) return { start: own.start, end: own.end };
  const monthDay = config?.planCycle?.startMonthDay;
  const start = `${firstYear(schoolYear)}-${monthDay ?? DEFAULT_START}`;
  if (!isIsoDate(start)) return cycleOf(schoolYear, undefined);
  return { start, end: dayBefore(addYears(start, 1)) };
}

/** "before" or "after" the cycle, or undefined when the date is inside it. */
export function outsideCycle(date: string, cycle: PlanCycle): 'before' | 'after' | undefined {
  if (date < cycle.start) return 'before';
  if (date > cycle.end) return 'after';
  return undefined;
}
