// A plan whose school year has no calendar in cssp.config.yaml is checked with built-in dates,
// and says so at its schoolYear, naming the dates used.
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/check/builtin.js';
import { checkPlan } from '../../src/check/engine.js';
import { loadSource } from '../../src/plan/source.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { testConfig } from '../helpers/config.js';

const plan = 'schemaVersion: 1\n# the year\nschoolYear: 2031-32\n';
const check = (config: DistrictConfig | undefined, text = plan) =>
  checkPlan(loadSource('plan.yaml', text), { asOf: '2031-11-23', config, root: '/', rules: [], fileExists: () => true }).filter(
    (d) => d.ruleId === 'calendar-missing',
  );

describe('calendar-missing', () => {
  it('warns at schoolYear with the school year and every built-in date used', () => {
    const [warning, ...rest] = check(testConfig);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', line: 3, column: 13 });
    expect(warning!.message).toBe(
      'No calendar for 2031-32 in cssp.config.yaml, so drills are counted with built-in dates: first day 2031-08-15, last day 2032-06-10; ' +
        'quarters end 2031-10-17, 2031-12-19, 2032-03-20 and 2032-06-10; semesters end 2031-12-19 and 2032-06-10.',
    );
    expect(warning!.hint).toContain('Add 2031-32 under calendars:');
  });

  it('is quiet when the year has a calendar, or when there is no config to add one to', () => {
    expect(check(testConfig, plan.replace('2031-32', '2026-27'))).toEqual([]);
    expect(check(undefined)).toEqual([]);
  });

  it('can be turned off like any check, and is listed by cssp rules', () => {
    const config = { ...testConfig, rules: { 'calendar-missing': { severity: 'off' as const, reason: 'test' } } };
    expect(check(config)).toEqual([]);
    expect(ALL_CHECKS.map((m) => m.id)).toContain('calendar-missing');
  });
});
