import { describe, expect, it } from 'vitest';
import { firstYear, isSchoolYear, schoolYearBegins, schoolYearOf, springYear } from '../../src/plan/school-year.js';

describe('school years', () => {
  it('accepts the 2026-27 form only', () => {
    expect(isSchoolYear('2026-27')).toBe(true);
    expect(['2026', '2026-2027', '26-27', ' 2026-27', 202627, undefined].map(isSchoolYear)).toEqual([false, false, false, false, false, false]);
    expect(schoolYearOf('2026-27')).toBe('2026-27');
    expect(schoolYearOf(2026)).toBeUndefined();
  });
  it('splits 2026-27 into its calendar years and starts it on July 1', () => {
    expect(firstYear('2026-27')).toBe(2026);
    expect(springYear('2026-27')).toBe(2027);
    expect(schoolYearBegins('2026-27')).toBe('2026-07-01');
  });
});
