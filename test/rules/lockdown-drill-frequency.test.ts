import rule from '../../src/rules/lockdown-drill-frequency.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// Line 3 is `drills:`, where every finding of this rule lands. testConfig asks for 2 a year.
const plan = (drills: [string, string][]) =>
  ['schoolYear: 2026-27', 'site: { level: high, grades: 9-12 }', drills.length ? 'drills:' : 'drills: []',
    ...drills.map(([type, date]) => `  - { type: ${type}, date: ${date}, time: '09:00', conductedBy: Principal Lee }`)].join('\n');
const perYear = (lockdownPerYear: number): DistrictConfig => ({ ...testConfig, drillPolicy: { ...testConfig.drillPolicy, lockdownPerYear } });
const AFTER = '2027-07-01';
const JANUARY = '2027-01-04';

testRule(rule, {
  valid: [
    { name: 'no config: no policy, no check', config: null, asOf: AFTER, yaml: plan([]) },
    { name: 'lockdownPerYear 0 turns the check off', config: perYear(0), asOf: AFTER, yaml: plan([]) },
    { name: 'policy absent from drillPolicy', config: { ...testConfig, drillPolicy: {} }, asOf: AFTER, yaml: plan([]) },
    { name: 'in November nothing is due yet', yaml: plan([]) },
    { name: 'an armed-assailant drill counts', asOf: JANUARY, yaml: plan([['armed-assailant', '2026-10-07']]) },
    { name: 'two in the year', asOf: AFTER, yaml: plan([['lockdown', '2026-10-07'], ['lockdown', '2027-03-03']]) },
  ],
  invalid: [
    {
      name: 'none by the end of semester 1',
      asOf: JANUARY,
      yaml: plan([]),
      errors: [{ line: 3, column: 1, severity: 'warning', message: 'No lockdown or armed-assailant drills logged by the end of Semester 1 (December 18, 2026). District policy asks for 2 lockdown drills a school year, 1 of them by the end of the first semester.' }],
    },
    {
      name: 'a future drill does not count',
      asOf: JANUARY,
      yaml: plan([['lockdown', '2027-01-20']]),
      errors: [{ line: 3, column: 1, message: 'No lockdown or armed-assailant drills logged by the end of Semester 1' }],
    },
    {
      name: 'only one in the year',
      asOf: AFTER,
      yaml: plan([['lockdown', '2026-10-07'], ['secure', '2027-03-03']]),
      errors: [{ line: 3, column: 1, message: 'Only 1 lockdown or armed-assailant drill logged in the school year that ended June 3, 2027.' }],
    },
    {
      name: 'three a year: two (rounded up) by the end of semester 1',
      config: perYear(3),
      asOf: JANUARY,
      yaml: plan([['lockdown', '2026-10-07']]),
      errors: [{ line: 3, column: 1, message: 'Only 1 lockdown or armed-assailant drill logged by the end of Semester 1 (December 18, 2026). District policy asks for 3 lockdown drills a school year, 2 of them' }],
    },
    {
      name: 'both in semester 2: the first-semester share is missing',
      asOf: AFTER,
      yaml: plan([['lockdown', '2027-02-10'], ['armed-assailant', '2027-04-14']]),
      errors: [{ line: 3, column: 1, message: 'by the end of Semester 1' }],
    },
  ],
});
