// The generated validators replace two of ajv's checks with faster ones (scripts/validators-source.mjs):
// minLength: 1 by the string's length, the date format by isIsoDate. Same answers as ajv's.
import { describe, expect, it } from 'vitest';
import { validateConfig, validatePlan } from '../../src/check/validators.js';
import { loadSource } from '../../src/plan/source.js';
import { minimalPlan, GOOD_SITE } from '../helpers/minimal-plan.js';

const plan = () => loadSource('plan.yaml', minimalPlan(GOOD_SITE)).data as Record<string, unknown> & { site: Record<string, unknown> };
const failures = (data: unknown) => (validatePlan(data) ? [] : (validatePlan.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`));

describe('generated validators', () => {
  it('takes a minimal plan', () => {
    expect(failures(plan())).toEqual([]);
  });

  it.each([
    ['', ['/site/name minLength']],
    ['\u{1F3EB}', []], // one code point, two code units
    ['x', []],
  ])('minLength 1 on %j', (name, expected) => {
    const data = plan();
    data.site.name = name;
    expect(failures(data)).toEqual(expected);
  });

  it.each([
    ['2028-02-29', true], ['2027-02-29', false], ['2026-04-31', false], ['2026-13-01', false], ['2026-1-01', false], ['2026-01-01x', false],
  ])('date format: %s', (date, valid) => {
    const data = plan();
    data.schoolYear = '2026-27';
    (data as Record<string, unknown>).adoption = { ...(data.adoption as object), date };
    expect(failures(data).some((f) => f === '/adoption/date format')).toBe(!valid);
  });

  it('still counts code points for other limits (publicContacts.phones: minLength 7)', () => {
    const config = (phones: string[]) => ({ schemaVersion: 1, district: { name: 'D', cdsCode: '99-99901' }, publicContacts: { phones } });
    const phoneErrors = (phones: string[]) => (validateConfig(config(phones)) ? [] : (validateConfig.errors ?? []).filter((e) => e.instancePath.startsWith('/publicContacts')).map((e) => e.keyword));
    expect(phoneErrors(['555-0100'])).toEqual([]);
    expect(phoneErrors(['\u{1F4DE}'.repeat(6)])).toContain('minLength'); // 12 code units, 6 code points
  });
});
