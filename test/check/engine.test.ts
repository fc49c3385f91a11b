// A rule that throws is a bug in cssp: on a valid plan it must show, on an invalid one the schema
// errors already explain the file.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/engine.js';
import { loadSource } from '../../src/plan/source.js';
import { definePlanRule } from '../../src/rules/types.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

const throwing = definePlanRule({
  meta: { id: 'throwing-rule', severity: 'warning', citation: 'test', description: 'Throws on every plan.', reading: { kind: 'practice', note: 'A test rule.' }, messages: {} },
  check() {
    throw new Error('cannot read properties of undefined');
  },
});
const run = (yaml: string) =>
  checkPlan(loadSource('/d/plans/2026-27/a.yaml', yaml), { asOf: '2026-11-23', config: undefined, root: '/d', rules: [throwing], fileExists: () => true });

describe('checkPlan with a rule that throws', () => {
  it('reports an internal error, as an error, on a plan without schema errors', () => {
    const found = run(minimalPlan());
    expect(found.map((d) => ({ ruleId: d.ruleId, severity: d.severity, line: d.line, message: d.message }))).toEqual([
      { ruleId: 'throwing-rule', severity: 'error', line: 1, message: 'Rule throwing-rule failed on this file: cannot read properties of undefined.' },
    ]);
    expect(found[0]?.hint).toMatch(/bug in cssp/);
  });

  it('stays quiet on a plan with schema errors, which already explain the file', () => {
    const found = run(minimalPlan().replace('schoolYear: 2026-27', 'schoolYear: 2026'));
    expect(found.map((d) => d.ruleId)).toEqual(['schema']);
  });

  it('lets the exception escape when asked (rule tests)', () => {
    expect(() =>
      checkPlan(loadSource('a.yaml', minimalPlan()), { asOf: '2026-11-23', config: undefined, root: '/', rules: [throwing], fileExists: () => true, rethrow: true }),
    ).toThrow(/cannot read properties/);
  });
});
