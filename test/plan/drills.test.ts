import { describe, expect, it } from 'vitest';
import {
  count, countedDrills, drillEntries, hasSchoolYear, heldBy, listNames, missingMonths, missingTerms, monthList,
  shortfall, siteDrillLevel, termLabel,
} from '../../src/plan/drills.js';
import type { Plan } from '../../src/plan/types.generated.js';
import { testConfig } from '../helpers/config.js';

const calendar = testConfig.calendars['2026-27']!;
const plan = (value: unknown) => value as Plan;
const drill = (type: string, date: unknown) => ({ type, date, time: '09:00', conductedBy: 'Principal Lee' });

describe('hasSchoolYear', () => {
  it('accepts 2026-27 only', () => {
    expect(hasSchoolYear(plan({ schoolYear: '2026-27' }))).toBe(true);
    expect(hasSchoolYear(plan({ schoolYear: 2026 }))).toBe(false);
    expect(hasSchoolYear(plan({}))).toBe(false);
  });
});

describe('drillEntries', () => {
  it('keeps object entries with their index and tolerates a non-list', () => {
    expect(drillEntries(plan({ drills: [null, drill('fire', '2026-09-01'), 'x', []] })).map((e) => e.index)).toEqual([1]);
    expect(drillEntries(plan({ drills: 'none' }))).toEqual([]);
    expect(drillEntries(plan({}))).toEqual([]);
    expect(drillEntries(undefined)).toEqual([]);
  });
});

describe('countedDrills', () => {
  const drills = [
    drill('fire', '2026-09-10'), // 0: counts
    drill('fire-alarm', '2026-09-11'), // 1: other type
    drill('fire', '2026-08-05'), // 2: before the first day
    drill('fire', '2026-12-01'), // 3: after asOf
    drill('fire', '2026-02-30'), // 4: not a date
    drill('fire', 20260912), // 5: not a string
    drill('fire', '2026-11-23'), // 6: on asOf: counts
  ];
  it('counts only in-year, not-future drills of the given types', () => {
    expect(countedDrills(plan({ drills }), calendar, '2026-11-23', ['fire']).map((d) => d.index)).toEqual([0, 6]);
    expect(countedDrills(plan({ drills }), calendar, '2026-11-23', ['fire', 'fire-alarm']).map((d) => d.index)).toEqual([0, 1, 6]);
    expect(countedDrills(plan({ drills }), calendar, '2027-07-01', ['fire']).map((d) => d.index)).toEqual([0, 3, 6]);
  });
});

describe('grouping', () => {
  const held = [
    { index: 0, type: 'fire' as const, date: '2026-08-20' },
    { index: 1, type: 'fire' as const, date: '2026-10-16' },
  ];
  it('finds months and terms without a drill', () => {
    expect(missingMonths(held, ['2026-08', '2026-09', '2026-10', '2026-11'])).toEqual(['2026-09', '2026-11']);
    expect(missingTerms(held, calendar.quarters).map((t) => t.name)).toEqual(['Q2', 'Q3', 'Q4']);
    expect(heldBy(held, '2026-10-15')).toBe(1);
    expect(heldBy(held, '2026-10-16')).toBe(2);
  });
});

describe('wording', () => {
  it('lists names in plain English', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Q1'])).toBe('Q1');
    expect(listNames(['Q1', 'Q2'])).toBe('Q1 and Q2');
    expect(monthList(['2026-09', '2026-10', '2026-11'])).toBe('September 2026, October 2026 and November 2026');
  });
  it('writes dates and terms the way the calendar names them', () => {
    expect(termLabel(calendar.quarters[0])).toBe('Q1 (August 12 to October 16, 2026)');
    expect(termLabel({ name: 'Winter', start: '2026-12-01', end: '2027-02-28' })).toBe('Winter (December 1, 2026 to February 28, 2027)');
  });
  it('counts', () => {
    expect(count(0, 'drill')).toBe('no drills');
    expect(count(1, 'drill')).toBe('1 drill');
    expect(count(3, 'drill')).toBe('3 drills');
    expect(shortfall(0, 'fire drill')).toBe('No fire drills');
    expect(shortfall(1, 'fire drill')).toBe('Only 1 fire drill');
    expect(shortfall(2, 'fire drill')).toBe('Only 2 fire drills');
  });
});

describe('siteDrillLevel', () => {
  const site = (level?: string, grades?: string) => plan({ site: { level, grades } });
  it('maps levels, with K-8 and K-12 on the stricter elementary rule', () => {
    expect(siteDrillLevel(site('elementary', 'TK-5'))).toEqual({ level: 'elementary', label: 'an elementary school' });
    expect(siteDrillLevel(site('k8', 'K-8')).level).toBe('elementary');
    expect(siteDrillLevel(site('k8', 'K-8')).label).toContain('K-8 site');
    expect(siteDrillLevel(site('k12', 'K-12')).label).toContain('K-12 site');
    expect(siteDrillLevel(site('middle', '6-8')).level).toBe('middle');
    expect(siteDrillLevel(site('high', '9-12')).level).toBe('high');
    expect(siteDrillLevel(site('continuation', '10-12'))).toEqual({ level: 'high', label: 'a continuation high school' });
    expect(siteDrillLevel(site('other', '9-12')).level).toBe('high');
  });
  it('defaults to elementary when the site is missing', () => {
    expect(siteDrillLevel(plan({})).level).toBe('elementary');
    expect(siteDrillLevel(plan({ site: { grades: 7 } })).level).toBe('elementary');
  });
});
