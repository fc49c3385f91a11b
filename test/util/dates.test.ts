import { describe, expect, it } from 'vitest';
import { addYears, daysBetween, daysInMonth, isIsoDate, isoDateOf, monthOf, today } from '../../src/util/iso-date.js';
import { longDate, monthName } from '../../src/util/long-date.js';

describe('isIsoDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-01-00', false],
    ['26-01-01', false],
    ['2026/01/01', false],
    ['2026-1a-01', false],
    ['2026-01-0:', false],
    ['+026-01-01', false],
    ['２０２６-01-01', false],
    ['2026-01-01 ', false],
    ['0001-01-01', true],
  ])('%s -> %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('ISO dates', () => {
  it('rejects partial and non-string dates', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2027-2-28')).toBe(false);
    expect(isoDateOf('2027-02-28')).toBe('2027-02-28');
    expect(isoDateOf('2027-02-29')).toBeUndefined();
    expect(isoDateOf(20270228)).toBeUndefined();
    expect(isoDateOf(undefined)).toBeUndefined();
  });
  it('knows month lengths and leap years', () => {
    expect([daysInMonth(2026, 2), daysInMonth(2028, 2), daysInMonth(2100, 2), daysInMonth(2026, 4), daysInMonth(2026, 13)]).toEqual([28, 29, 28, 30, 0]);
  });
  it('measures whole days across months, years and daylight-saving changes', () => {
    expect(daysBetween('2026-12-28', '2027-01-04')).toBe(7);
    expect(daysBetween('2026-10-08', '2026-10-07')).toBe(-1);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
  });
  it('adds years, moving February 29 to March 1 in a common year', () => {
    expect(addYears('2026-08-12', 1)).toBe('2027-08-12');
    expect(addYears('2028-02-29', 1)).toBe('2029-03-01');
  });
  it('takes the month of a date, and today in local time', () => {
    expect(monthOf('2026-09-14')).toBe('2026-09');
    expect(today(new Date(2026, 10, 3, 23, 59))).toBe('2026-11-03');
  });
});

describe('long dates', () => {
  it('names months and days the way an administrator reads them', () => {
    expect(longDate('2026-11-23')).toBe('November 23, 2026');
    expect(longDate('2027-03-01')).toBe('March 1, 2027');
    expect(monthName('2026-09')).toBe('September 2026');
  });
});
