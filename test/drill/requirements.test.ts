// What each drill counts toward and what is open, walked across a whole school year.
import { describe, expect, it } from 'vitest';
import { drillRequirements, heldIn } from '../../src/plan/drill-requirements.js';
import type { PartialPlan } from '../../src/plan/partial-plan.js';
import type { Calendar, DistrictConfig } from '../../src/plan/types.generated.js';
import earthquake from '../../src/rules/earthquake-drill-frequency.js';
import fireAlarm from '../../src/rules/fire-alarm-monthly.js';
import fireFrequency from '../../src/rules/fire-drill-frequency.js';
import lockdown from '../../src/rules/lockdown-drill-frequency.js';
import { testConfig } from '../helpers/config.js';

const calendar: Calendar = testConfig.calendars['2026-27']!;
const config = { drillPolicy: { lockdownPerYear: 2 } } as DistrictConfig;
const drill = (type: string, date: string) => ({ type, date, time: '09:00', conductedBy: 'P' });
// Fire drills on the 10th of August to January; one earthquake drill in Q1.
const fires = ['2026-08-20', '2026-09-10', '2026-10-10', '2026-11-10', '2026-12-10', '2027-01-11'].map((d) => drill('fire', d));
const plan = (level: string) => ({ schoolYear: '2026-27', site: { level, grades: level === 'high' ? '9-12' : 'K-5' }, drills: [...fires, drill('earthquake', '2026-09-01')] }) as PartialPlan;

/** The first period of each requirement still open as of `asOf`: what `cssp drill due` shows. */
const open = (p: PartialPlan, asOf: string) =>
  Object.fromEntries(drillRequirements(p, config, calendar).map((r) => [r.ruleId, r.periods.find((x) => x.end >= asOf && heldIn(p, calendar, asOf, r, x) < x.needed)?.name ?? 'none']));

describe('drill requirements over the 2026-27 school year', () => {
  it.each([
    ['2026-08-12', { 'fire-alarm-monthly': 'August', 'fire-drill-frequency': 'August', 'earthquake-drill-frequency': 'Q1', 'lockdown-drill-frequency': 'by the end of Semester 1' }],
    ['2026-09-05', { 'fire-alarm-monthly': 'September', 'fire-drill-frequency': 'September', 'earthquake-drill-frequency': 'Q2', 'lockdown-drill-frequency': 'by the end of Semester 1' }],
    ['2026-11-23', { 'fire-alarm-monthly': 'December', 'fire-drill-frequency': 'December', 'earthquake-drill-frequency': 'Q2', 'lockdown-drill-frequency': 'by the end of Semester 1' }],
    ['2027-01-20', { 'fire-alarm-monthly': 'February', 'fire-drill-frequency': 'February', 'earthquake-drill-frequency': 'Q3', 'lockdown-drill-frequency': 'the school year' }],
    ['2027-06-03', { 'fire-alarm-monthly': 'June', 'fire-drill-frequency': 'June', 'earthquake-drill-frequency': 'Q4', 'lockdown-drill-frequency': 'the school year' }],
    ['2027-06-30', { 'fire-alarm-monthly': 'none', 'fire-drill-frequency': 'none', 'earthquake-drill-frequency': 'none', 'lockdown-drill-frequency': 'none' }],
  ])('elementary, as of %s', (asOf, expected) => {
    expect(open(plan('elementary'), asOf)).toEqual(expected);
  });

  it('every month in session is a period for monthly drills, clamped to the calendar', () => {
    const monthly = drillRequirements(plan('elementary'), config, calendar).find((r) => r.ruleId === 'fire-drill-frequency')!;
    expect(monthly.periods.map((p) => p.name)).toEqual(['August', 'September', 'October', 'November', 'December', 'January', 'February', 'March', 'April', 'May', 'June']);
    expect(monthly.periods[0]).toMatchObject({ start: '2026-08-12', end: '2026-08-31' });
    expect(monthly.periods.at(-1)).toMatchObject({ start: '2027-06-01', end: '2027-06-03' });
  });

  it('a high school needs two fire drills in the year and earthquake drills each semester', () => {
    const reqs = drillRequirements(plan('high'), config, calendar);
    expect(reqs.find((r) => r.ruleId === 'fire-drill-frequency')).toMatchObject({
      cadence: 'twice a school year',
      periods: [{ name: 'by the end of Semester 1', needed: 1, end: '2026-12-18' }, { needed: 2, start: '2026-08-12', end: '2027-06-03' }],
    });
    expect(reqs.find((r) => r.ruleId === 'earthquake-drill-frequency')!.periods.map((p) => p.name)).toEqual(['Semester 1', 'Semester 2']);
    expect(open(plan('high'), '2026-11-23')['fire-drill-frequency']).toBe('none');
  });
});

// `cssp drill due` takes what is overdue from the rules and what is due from the requirements:
// they must agree on every day of the year, for every level and drill policy.
describe('requirements agree with the frequency rules', () => {
  const rules = [fireAlarm, fireFrequency, earthquake, lockdown];
  const policies: Record<string, DistrictConfig['drillPolicy']> = {
    defaults: { lockdownPerYear: 2 },
    'middle four a year, semester earthquakes': { lockdownPerYear: 3, intermediateFireDrills: 'four-per-year', middleSchoolEarthquakeDrills: 'semester' },
    'no high school spacing': { highSchoolFireDrillBySemester1: false },
  };
  const days: string[] = [];
  for (let d = new Date('2026-08-01T00:00:00Z'); d <= new Date('2027-07-15T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 3)) days.push(d.toISOString().slice(0, 10));
  const logs = { none: [], some: [drill('fire', '2026-09-10'), drill('fire', '2026-12-01'), drill('earthquake', '2026-11-02'), drill('lockdown', '2027-02-02')] };

  it.each(Object.keys(policies))('%s', (name) => {
    const cfg = { ...testConfig, drillPolicy: policies[name] } as DistrictConfig;
    for (const level of ['elementary', 'middle', 'high', 'k8']) {
      for (const drills of Object.values(logs)) {
        const p = { schoolYear: '2026-27', site: { level, grades: level === 'high' ? '9-12' : level === 'middle' ? '6-8' : 'K-8' }, drills } as PartialPlan;
        for (const asOf of days) {
          const found = new Set<string>();
          for (const rule of rules) rule.check({ plan: p, file: 'x.yaml', config: cfg, calendar, asOf, exists: () => true, fileStatus: () => 'ok', mapSize: () => undefined, printedHash: () => undefined, report: () => found.add(rule.meta.id) });
          const overdue = drillRequirements(p, cfg, calendar).filter((r) => r.periods.some((x) => x.end < asOf && heldIn(p, calendar, asOf, r, x) < x.needed)).map((r) => r.ruleId);
          // A rule may judge two requirements (four a year, and 5 CCR 550's months): compare which rules.
          expect([level, asOf, [...found].sort()]).toEqual([level, asOf, [...new Set(overdue)].sort()]);
        }
      }
    }
  });
});
