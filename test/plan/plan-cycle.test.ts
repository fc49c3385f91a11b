import { describe, expect, it } from 'vitest';
import { outsideCycle, planCycle } from '../../src/plan/plan-cycle.js';
import { testConfig } from '../helpers/config.js';

const withCycle = (planCycleSetting: NonNullable<typeof testConfig.planCycle>) => ({ ...testConfig, planCycle: planCycleSetting });

describe('planCycle', () => {
  it.each([
    ['no config: July 1 to June 30', undefined, '2026-07-01', '2027-06-30'],
    ['config without planCycle', testConfig, '2026-07-01', '2027-06-30'],
    ['startMonthDay 04-01', withCycle({ startMonthDay: '04-01' }), '2026-04-01', '2027-03-31'],
    ['startMonthDay 03-01 ends on the last day of February', withCycle({ startMonthDay: '03-01' }), '2026-03-01', '2027-02-28'],
    ['an own window for the year', withCycle({ startMonthDay: '04-01', years: { '2026-27': { start: '2026-06-15', end: '2027-08-31' } } }), '2026-06-15', '2027-08-31'],
    ['an own window for another year only', withCycle({ years: { '2025-26': { start: '2025-06-15', end: '2026-08-31' } } }), '2026-07-01', '2027-06-30'],
    ['a reversed own window falls back to the default', withCycle({ years: { '2026-27': { start: '2027-08-31', end: '2026-06-15' } } }), '2026-07-01', '2027-06-30'],
    ['an impossible start day falls back to the default', withCycle({ startMonthDay: '02-30' }), '2026-07-01', '2027-06-30'],
  ] as const)('%s', (_name, config, start, end) => {
    expect(planCycle('2026-27', config)).toEqual({ start, end });
  });

  it('places a date before, inside or after the cycle', () => {
    const cycle = { start: '2026-07-01', end: '2027-06-30' };
    expect(outsideCycle('2026-06-30', cycle)).toBe('before');
    expect(outsideCycle('2026-07-01', cycle)).toBeUndefined();
    expect(outsideCycle('2027-06-30', cycle)).toBeUndefined();
    expect(outsideCycle('2027-07-01', cycle)).toBe('after');
  });
});
