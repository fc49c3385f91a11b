// Drills per site and per month, from the drill requirements `cssp drill due` uses
// (src/drill/requirements.ts). Whether a drill is overdue is the frequency rules' call: their
// findings arrive with the site's diagnostics.
import { drillRequirements, heldIn, type Period } from '../plan/drill-requirements.js';
import { monthsInSession } from '../plan/calendar.js';
import { DRILL_TYPES } from '../plan/drill-answers.js';
import { countedDrills } from '../plan/drills.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import type { Calendar, DistrictConfig } from '../plan/types.generated.js';
import type { DrillStatus, Finding, MonthDrills } from './types.js';

/** The frequency rules: their findings are the overdue drills (as in `cssp drill due`). */
export const DRILL_RULES = new Set(['fire-alarm-monthly', 'fire-drill-frequency', 'earthquake-drill-frequency', 'lockdown-drill-frequency']);

const ALL_TYPES = DRILL_TYPES.map((t) => t.value);

interface EndedPeriod {
  end: string;
  met: boolean;
}

/** Every requirement period that ended before `asOf` (as the rules count: a period is due once its last day has passed), met or not. */
function endedPeriods(plan: PartialPlan | undefined, config: DistrictConfig | undefined, calendar: Calendar, asOf: string): EndedPeriod[] {
  return drillRequirements(plan, config, calendar).flatMap((r) =>
    r.periods.filter((p: Period) => p.end < asOf).map((p) => ({ end: p.end, met: heldIn(plan, calendar, asOf, r, p) >= p.needed })),
  );
}

export function siteDrills(plan: PartialPlan | undefined, config: DistrictConfig | undefined, calendar: Calendar, asOf: string, findings: readonly Finding[]): DrillStatus {
  if (!plan) return { state: 'none', overdue: [], periodsEnded: 0, periodsMet: 0, logged: 0 };
  const overdue = findings.filter((f) => DRILL_RULES.has(f.ruleId)).map((f) => f.message);
  const ended = endedPeriods(plan, config, calendar, asOf);
  const logged = countedDrills(plan, calendar, asOf, ALL_TYPES).length;
  return { state: overdue.length ? 'overdue' : 'on-track', overdue, periodsEnded: ended.length, periodsMet: ended.filter((p) => p.met).length, logged };
}

/** Each month of the school year up to `asOf`: requirement periods across the district that ended in it, and how many were met. */
export function drillMonths(plans: readonly (PartialPlan | undefined)[], config: DistrictConfig | undefined, calendar: Calendar, asOf: string): MonthDrills[] {
  const months = monthsInSession(calendar).filter((m) => `${m}-01` <= asOf);
  const ended = plans.filter((p) => p !== undefined).flatMap((p) => endedPeriods(p, config, calendar, asOf));
  return months.map((month) => {
    const inMonth = ended.filter((p) => p.end.startsWith(month));
    return { month, due: inMonth.length, met: inMonth.filter((p) => p.met).length };
  });
}
