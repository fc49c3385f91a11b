import { describe, expect, it } from 'vitest';
import { lastDayOfMonth, monthsDue, monthsInSession } from '../../src/plan/calendar.js';
import { testConfig } from '../helpers/config.js';

const cal = testConfig.calendars['2026-27']!;

describe('calendar', () => {
  it('lists the months in session', () => {
    expect(monthsInSession(cal)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
  });
  it('demands only months whose school days are over', () => {
    expect(monthsDue(cal, '2026-11-23')).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(monthsDue(cal, '2026-11-01')).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(monthsDue(cal, '2026-10-31')).toEqual(['2026-08', '2026-09']);
  });
  it('counts June as due once the last day of school has passed', () => {
    expect(monthsDue(cal, '2027-06-03')).not.toContain('2027-06');
    expect(monthsDue(cal, '2027-06-04')).toContain('2027-06');
  });
});

describe('lastDayOfMonth', () => {
  it.each([['2026-02', '2026-02-28'], ['2028-02', '2028-02-29'], ['2026-11', '2026-11-30'], ['2026-12', '2026-12-31']])('%s -> %s', (m, d) => {
    expect(lastDayOfMonth(m)).toBe(d);
  });
});
