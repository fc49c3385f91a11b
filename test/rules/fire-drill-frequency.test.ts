import rule from '../../src/rules/fire-drill-frequency.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// Line 5 is `drills:`, where every finding of this rule lands.
const plan = (level: string, grades: string, dates: string[]) =>
  ['schoolYear: 2026-27', 'site:', `  level: ${level}`, `  grades: ${grades}`, dates.length ? 'drills:' : 'drills: []',
    ...dates.map((date) => `  - { type: fire, date: ${date}, time: '09:00', conductedBy: Principal Lee }`)].join('\n');
const fourPerYear: DistrictConfig = { ...testConfig, drillPolicy: { ...testConfig.drillPolicy, intermediateFireDrills: 'four-per-year' } };
const AFTER = '2027-07-01';
const noSpacing: DistrictConfig = { ...testConfig, drillPolicy: { ...testConfig.drillPolicy, highSchoolFireDrillBySemester1: false } };

testRule(rule, {
  valid: [
    { name: 'elementary: every month that has ended', yaml: plan('elementary', 'TK-5', ['2026-08-20', '2026-09-15', '2026-10-14']) },
    { name: 'elementary in October: December is not demanded', asOf: '2026-10-05', yaml: plan('elementary', 'TK-5', ['2026-08-20', '2026-09-15']) },
    { name: 'middle, monthly policy, every month', yaml: plan('middle', '6-8', ['2026-08-20', '2026-09-15', '2026-10-14']) },
    { name: 'middle, four a year, with a drill every month that has ended: nothing to say', config: fourPerYear, yaml: plan('middle', '6-8', ['2026-08-20', '2026-09-15', '2026-10-14']) },
    { name: 'high: nothing due before the end of semester 1', yaml: plan('high', '9-12', []) },
    { name: 'high: one by the end of semester 1', asOf: '2027-01-04', yaml: plan('high', '9-12', ['2026-10-14']) },
    { name: 'high: two in the year, one each semester', asOf: AFTER, yaml: plan('high', '9-12', ['2026-10-14', '2027-04-14']) },
    { name: 'high: spacing check off, none in semester 1 mid-year', asOf: '2027-01-04', config: noSpacing, yaml: plan('high', '9-12', []) },
    { name: 'high: spacing check off, two in semester 2', asOf: AFTER, config: noSpacing, yaml: plan('high', '9-12', ['2027-02-10', '2027-04-14']) },
  ],
  invalid: [
    // Four a year meets EC 32001, but the district setting cannot waive 5 CCR 550: a warning.
    { name: 'middle, four a year: one is enough by November for EC 32001; the months without one are a 5 CCR 550 warning', config: fourPerYear, yaml: plan('middle', '6-8', ['2026-09-15']), errors: [{ line: 5, column: 1, message: '5 CCR 550 asks for a fire drill every month', severity: 'warning' as const }] },
    { name: 'middle, four a year: a November drill counts so far; the months before it are a warning', config: fourPerYear, yaml: plan('middle', '6-8', ['2026-11-10']), errors: [{ line: 5, column: 1, message: '5 CCR 550 asks for a fire drill every month', severity: 'warning' as const }] },
    { name: 'middle, four a year: four in the whole year; the other months are a warning', config: fourPerYear, asOf: AFTER, yaml: plan('middle', '6-8', ['2026-09-15', '2026-11-10', '2027-02-10', '2027-04-14']), errors: [{ line: 5, column: 1, message: '5 CCR 550 asks for a fire drill every month', severity: 'warning' as const }] },
    {
      name: 'elementary: missing months are named',
      yaml: plan('elementary', 'TK-5', ['2026-08-20']),
      errors: [{ line: 5, column: 1, message: /^No fire drill logged in September 2026 and October 2026\. As an elementary school/, severity: 'error' }],
    },
    {
      name: 'K-8 follows the elementary rule',
      yaml: plan('k8', 'K-8', ['2026-08-20', '2026-10-14']),
      errors: [{ line: 5, column: 1, message: 'in September 2026. As a K-8 site (which follows the stricter elementary rule)' }],
    },
    {
      name: 'elementary after the year: June is due too',
      asOf: AFTER,
      yaml: plan('elementary', 'TK-5', ['2026-08-20', '2026-09-15', '2026-10-14', '2026-11-10', '2026-12-09', '2027-01-13', '2027-02-10', '2027-03-10', '2027-05-12']),
      errors: [{ line: 5, column: 1, message: 'in April 2027 and June 2027.' }],
    },
    {
      name: 'middle defaults to monthly (5 CCR 550) and says the district may choose',
      config: null,
      yaml: plan('middle', '6-8', ['2026-08-20', '2026-10-14']),
      errors: [{ line: 5, column: 1, message: /September 2026\. As a middle school.*5 CCR 550.*EC 32001/ }],
    },
    {
      name: 'middle, four a year: none by November',
      config: fourPerYear,
      yaml: plan('middle', '6-8', []),
      errors: [{ line: 5, column: 1, message: 'No fire drills logged so far this school year. The district follows EC 32001 (four a school year); spread over the 11 months in session, the 3 that have ended call for at least 1.' }, { line: 5, column: 1, message: '5 CCR 550 asks for a fire drill every month', severity: 'warning' as const }],
    },
    {
      name: 'middle, four a year: a future drill does not count',
      config: fourPerYear,
      yaml: plan('middle', '6-8', ['2026-12-01']),
      errors: [{ line: 5, column: 1, message: 'No fire drills logged so far' }, { line: 5, column: 1, message: '5 CCR 550 asks for a fire drill every month', severity: 'warning' as const }],
    },
    {
      name: 'middle, four a year: three after the year ends',
      config: fourPerYear,
      asOf: AFTER,
      yaml: plan('middle', '6-8', ['2026-09-15', '2026-11-10', '2027-02-10']),
      errors: [{ line: 5, column: 1, message: 'Only 3 fire drills logged so far this school year. The district follows EC 32001 (four a school year); spread over the 11 months in session, the 11 that have ended call for at least 4.' }, { line: 5, column: 1, message: '5 CCR 550 asks for a fire drill every month', severity: 'warning' as const }],
    },
    {
      name: 'high: none in semester 1, mid-year: only a warning (EC 32001 counts the whole year)',
      asOf: '2027-01-04',
      yaml: plan('high', '9-12', []),
      errors: [{ line: 5, column: 1, message: 'No fire drill logged by the end of Semester 1 (December 18, 2026).', severity: 'warning' }],
    },
    {
      name: 'high: none at all in May: still only a warning until the year is over',
      asOf: '2027-05-20',
      yaml: plan('high', '9-12', []),
      errors: [{ line: 5, column: 1, message: 'cssp expects the first in the first semester', severity: 'warning' }],
    },
    {
      name: 'high: none at all once the year is over: an error',
      asOf: AFTER,
      yaml: plan('high', '9-12', []),
      errors: [{ line: 5, column: 1, message: 'No fire drills logged in the school year that ended June 3, 2027', severity: 'error' }],
    },
    {
      name: 'high: only one in the year (an out-of-year drill does not count)',
      asOf: AFTER,
      yaml: plan('high', '9-12', ['2026-08-01', '2026-10-14']),
      errors: [{ line: 5, column: 1, message: 'Only 1 fire drill logged in the school year that ended June 3, 2027. A high school holds at least two' }],
    },
    {
      name: 'high: two, but none in semester 1: the law is met, so only a warning',
      asOf: AFTER,
      yaml: plan('high', '9-12', ['2027-02-10', '2027-04-14']),
      errors: [{ line: 5, column: 1, message: 'by the end of Semester 1', severity: 'warning' }],
    },
  ],
});
