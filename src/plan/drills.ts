// Drill-log arithmetic shared by the drill rules. Pure functions over possibly-invalid plan data:
// rules also run on plans with schema errors, so every read here is defensive.
import { isoDateOf, monthOf } from '../util/iso-date.js';
import { longDate, monthName } from '../util/long-date.js';
import { drillLevel, type DrillLevel } from './grades.js';
import { inTerm } from './calendar.js';
import { isSchoolYear } from './school-year.js';
import type { DeepPartial, PartialPlan } from './partial-plan.js';
import type { Calendar, DistrictConfig, Drill, Term } from './types.generated.js';

export type DrillType = Drill['type'];

/** A drill entry that is at least an object, with its place in `drills:` so findings can point at it. */
export interface DrillEntry {
  index: number;
  drill: DeepPartial<Drill>;
}

/** A drill that counts toward a frequency rule: a known type and a usable date. */
export interface CountedDrill {
  index: number;
  type: DrillType;
  date: string;
}

/**
 * Without a valid schoolYear the engine falls back to a placeholder calendar, so any drill count
 * would be measured against the wrong year; the schema error already explains the file.
 */
export const hasSchoolYear = (plan: PartialPlan | undefined): boolean => isSchoolYear(plan?.schoolYear);

export function drillEntries(plan: PartialPlan | undefined): DrillEntry[] {
  const drills = plan?.drills;
  if (!Array.isArray(drills)) return [];
  const out: DrillEntry[] = [];
  // An entry of a list with schema errors may be null, text or a list: skip those.
  drills.forEach((drill: DeepPartial<Drill> | null, index) => {
    if (drill !== null && typeof drill === 'object' && !Array.isArray(drill)) out.push({ index, drill });
  });
  return out;
}

/**
 * Drills of the given types that can be counted as held: a real ISO date inside the school year
 * and not after `asOf`. Out-of-year and future entries are drill-dates' business; counting them
 * here would let a mistyped date hide a missing drill.
 */
export function countedDrills(plan: PartialPlan | undefined, calendar: Calendar, asOf: string, types: readonly DrillType[]): CountedDrill[] {
  const out: CountedDrill[] = [];
  for (const { index, drill } of drillEntries(plan)) {
    const { type } = drill;
    const date = isoDateOf(drill.date);
    if (typeof type !== 'string' || !types.includes(type)) continue;
    if (!date) continue;
    if (date < calendar.firstDay || date > calendar.lastDay || date > asOf) continue;
    out.push({ index, type, date });
  }
  return out;
}

/** The months (YYYY-MM) in `months` with no drill. */
export function missingMonths(drills: readonly CountedDrill[], months: readonly string[]): string[] {
  const held = new Set(drills.map((d) => monthOf(d.date)));
  return months.filter((m) => !held.has(m));
}

/** The terms in `terms` with no drill inside them. */
export function missingTerms(drills: readonly CountedDrill[], terms: readonly Term[]): Term[] {
  return terms.filter((t) => !drills.some((d) => inTerm(d.date, t)));
}

/** Drills held on or before `date`. */
export const heldBy = (drills: readonly CountedDrill[], date: string): number => drills.filter((d) => d.date <= date).length;

/** ["A", "B", "C"] -> "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const monthList = (months: readonly string[]): string => listNames(months.map(monthName));

/** "Q1 (August 12 to October 16, 2026)", naming the term as the district calendar does. */
export function termLabel(term: Term): string {
  const start = longDate(term.start);
  const sameYear = term.start.slice(0, 4) === term.end.slice(0, 4);
  return `${term.name} (${sameYear ? start.replace(/, \d{4}$/, '') : start} to ${longDate(term.end)})`;
}

/** "1 fire drill", "2 fire drills", "no fire drills". */
export function count(n: number, noun: string): string {
  return `${n === 0 ? 'no' : n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "No fire drills" or "Only 1 fire drill": the opening of a shortfall message. */
export function shortfall(n: number, noun: string): string {
  return n === 0 ? `No ${noun}s` : `Only ${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The drill level of the plan's site, and how to name it in a message. */
export function siteDrillLevel(plan: PartialPlan | undefined): { level: DrillLevel; label: string } {
  const site = plan?.site;
  const level = drillLevel(site?.level, typeof site?.grades === 'string' ? site.grades : undefined);
  if (site?.level === 'k8' || site?.level === 'k12') {
    return { level, label: `a ${site.level === 'k8' ? 'K-8' : 'K-12'} site (which follows the stricter elementary rule)` };
  }
  if (site?.level === 'continuation') return { level, label: 'a continuation high school' };
  return { level, label: level === 'elementary' ? 'an elementary school' : level === 'middle' ? 'a middle school' : 'a high school' };
}

/** The fix for a missing drill, the same wording in every frequency rule. */
export function logDrillHint(type: DrillType): string {
  return `Log each drill as it is held with \`cssp drill add --type ${type}\` (it asks for the date, time and who ran it). If one was held but not recorded, log it with its real date; never back-date a drill that was not held.`;
}

/**
 * Drill types AB 1858 governs for this district. A district that prepares for an armed assailant
 * with its lockdown drills (drillPolicy.lockdownAsArmedAssailant) runs armed-assailant drills under
 * another name, so the statute's steps apply to them too.
 */
export function armedAssailantTypes(config: DistrictConfig | undefined): readonly DrillType[] {
  return config?.drillPolicy?.lockdownAsArmedAssailant === true ? ['armed-assailant', 'lockdown'] : ['armed-assailant'];
}
