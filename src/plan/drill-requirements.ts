// The drill requirements of one plan as periods to fill: each month, term or year, how many drills
// of which types it needs and the citation. Built from the same helpers and drillPolicy settings as
// the frequency rules (src/rules/*-frequency.ts, fire-alarm-monthly.ts), which stay the judge of
// what is overdue; this says what each drill counts toward and what comes next.
import { lastDayOfMonth, monthsInSession } from './calendar.js';
import { countedDrills, siteDrillLevel, type DrillType } from './drills.js';
import type { PartialPlan } from './partial-plan.js';
import type { Calendar, DistrictConfig } from './types.generated.js';
import { monthName } from '../util/long-date.js';

export interface Period {
  /** "October", "Q2", "the school year", "by the end of Semester 1". */
  name: string;
  kind: 'month' | 'term' | 'year';
  start: string;
  end: string;
  needed: number;
}

export interface Requirement {
  ruleId: string;
  /** "fire drill", "fire alarm": what one drill of it is called. */
  label: string;
  types: readonly DrillType[];
  citation: string;
  /** "monthly", "quarterly", "semester", "twice a school year". */
  cadence: string;
  periods: Period[];
}

const clamp = (c: Calendar, start: string, end: string) => ({ start: start < c.firstDay ? c.firstDay : start, end: end > c.lastDay ? c.lastDay : end });

function months(c: Calendar): Period[] {
  return monthsInSession(c).map((m) => ({ name: monthName(m).replace(/ \d{4}$/, ''), kind: 'month', ...clamp(c, `${m}-01`, lastDayOfMonth(m)), needed: 1 }));
}

/** EC 32001's four a year spread over the months in session, as the rule counts them: by the end of each month, floor(4 x months ended / months in session). */
function fourAYear(c: Calendar): Period[] {
  const all = months(c);
  const out: Period[] = [];
  all.forEach((m, i) => {
    const needed = Math.floor((4 * (i + 1)) / all.length);
    if (needed > (out.at(-1)?.needed ?? 0)) out.push({ name: `by the end of ${m.name}`, kind: 'year', start: c.firstDay, end: m.end, needed });
  });
  return out;
}

const year = (c: Calendar, needed: number): Period => ({ name: 'the school year', kind: 'year', start: c.firstDay, end: c.lastDay, needed });

export function drillRequirements(plan: PartialPlan | undefined, config: DistrictConfig | undefined, c: Calendar): Requirement[] {
  const policy = config?.drillPolicy;
  const { level } = siteDrillLevel(plan);
  const out: Requirement[] = [
    { ruleId: 'fire-alarm-monthly', label: 'fire alarm', types: ['fire-alarm', 'fire'], citation: 'EC 32001', cadence: 'monthly', periods: months(c) },
  ];
  if (level === 'high') {
    // EC 32001's two a year; cssp expects the first by the end of semester 1 unless the district turns that off.
    const s1 = policy?.highSchoolFireDrillBySemester1 !== false ? c.semesters?.[0] : undefined;
    const first: Period[] = s1 ? [{ name: `by the end of ${s1.name}`, kind: 'year', start: c.firstDay, end: s1.end, needed: 1 }] : [];
    out.push({ ruleId: 'fire-drill-frequency', label: 'fire drill', types: ['fire'], citation: 'EC 32001', cadence: 'twice a school year', periods: [...first, year(c, 2)] });
  } else if (level === 'middle' && policy?.intermediateFireDrills === 'four-per-year') {
    out.push({ ruleId: 'fire-drill-frequency', label: 'fire drill', types: ['fire'], citation: 'EC 32001', cadence: 'four a school year', periods: fourAYear(c) });
    // The district's choice does not waive the regulation: fire-drill-frequency warns for each month without one.
    out.push({ ruleId: 'fire-drill-frequency', label: 'fire drill', types: ['fire'], citation: '5 CCR 550', cadence: 'monthly', periods: months(c) });
  } else {
    out.push({ ruleId: 'fire-drill-frequency', label: 'fire drill', types: ['fire'], citation: 'EC 32001; 5 CCR 550', cadence: 'monthly', periods: months(c) });
  }
  const quarterly = level === 'elementary' || (level === 'middle' && policy?.middleSchoolEarthquakeDrills !== 'semester');
  const terms = (quarterly ? c.quarters : c.semesters) ?? [];
  out.push({
    ruleId: 'earthquake-drill-frequency', label: 'earthquake drill', types: ['earthquake'], citation: 'EC 32282(a)(2)(B)(i)(II)',
    cadence: quarterly ? 'quarterly' : 'semester',
    periods: terms.map((t) => ({ name: t.name, kind: 'term', start: t.start, end: t.end, needed: 1 })),
  });
  const perYear = policy?.lockdownPerYear;
  if (typeof perYear === 'number' && perYear > 0) {
    const s1 = c.semesters?.[0];
    const half: Period[] = s1 ? [{ name: `by the end of ${s1.name}`, kind: 'year', start: c.firstDay, end: s1.end, needed: Math.ceil(perYear / 2) }] : [];
    out.push({
      ruleId: 'lockdown-drill-frequency', label: 'lockdown drill', types: ['lockdown', 'armed-assailant'], citation: 'district policy, drillPolicy.lockdownPerYear',
      cadence: `${perYear} a school year`, periods: [...half, year(c, perYear)],
    });
  }
  return out;
}

/** How many drills counting toward `r` the plan logs inside `p`, as of `asOf`. */
export function heldIn(plan: PartialPlan | undefined, c: Calendar, asOf: string, r: Requirement, p: Period): number {
  return countedDrills(plan, c, asOf, r.types).filter((d) => d.date >= p.start && d.date <= p.end).length;
}
