import rule from '../../src/rules/earthquake-drill-frequency.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// Line 5 is `drills:`, where every finding of this rule lands.
const plan = (level: string, grades: string, dates: string[], type = 'earthquake') =>
  ['schoolYear: 2026-27', 'site:', `  level: ${level}`, `  grades: ${grades}`, dates.length ? 'drills:' : 'drills: []',
    ...dates.map((date) => `  - { type: ${type}, date: ${date}, time: '09:00', conductedBy: Principal Lee }`)].join('\n');
const AFTER = '2027-07-01';
const semester: DistrictConfig = { ...testConfig, drillPolicy: { ...testConfig.drillPolicy, middleSchoolEarthquakeDrills: 'semester' } };
const quarterly: DistrictConfig = { ...testConfig, drillPolicy: { ...testConfig.drillPolicy, middleSchoolEarthquakeDrills: 'quarterly' } };

testRule(rule, {
  valid: [
    { name: 'elementary: Q1 held; Q2 has not ended', yaml: plan('elementary', 'TK-5', ['2026-09-10']) },
    { name: 'elementary in October: Q1 ends October 16, nothing due before', asOf: '2026-10-16', yaml: plan('elementary', 'TK-5', []) },
    { name: 'elementary: a drill in every quarter', asOf: AFTER, yaml: plan('elementary', 'TK-5', ['2026-09-10', '2026-11-05', '2027-02-04', '2027-04-22']) },
    { name: 'high: semester 1 has not ended', yaml: plan('high', '9-12', []) },
    { name: 'middle, semester policy: once a semester is enough', asOf: AFTER, config: semester, yaml: plan('middle', '6-8', ['2026-09-10', '2027-04-22']) },
    { name: 'middle, default quarterly: a drill in every quarter', asOf: AFTER, yaml: plan('middle', '6-8', ['2026-09-10', '2026-11-05', '2027-02-04', '2027-04-22']) },
    { name: 'middle, quarterly set explicitly: Q1 held, Q2 not ended', config: quarterly, yaml: plan('middle', '6-8', ['2026-09-10']) },
  ],
  invalid: [
    {
      name: 'middle defaults to quarterly: Q1 missing, and the message says why and how to change it',
      yaml: plan('middle', '6-8', []),
      errors: [{ line: 5, column: 1, message: /^No earthquake drill logged in Q1 \(August 12 to October 16, 2026\)\. As a middle school, this site holds one each quarter: .*names elementary \(each quarter\) and secondary \(each semester\) schools only/ }],
    },
    {
      name: 'middle, default quarterly: once a semester is not enough after the year',
      asOf: AFTER,
      yaml: plan('middle', '6-8', ['2026-09-10', '2027-04-22']),
      errors: [{ line: 5, column: 1, message: 'in Q2 (October 19 to December 18, 2026) and Q3' }],
    },
    {
      name: 'elementary: the missing quarter is named by the calendar',
      yaml: plan('elementary', 'TK-5', []),
      errors: [{ line: 5, column: 1, message: /^No earthquake drill logged in Q1 \(August 12 to October 16, 2026\)\. As an elementary school, this site holds one each quarter/ }],
    },
    {
      name: 'elementary after the year: two quarters missing',
      asOf: AFTER,
      yaml: plan('elementary', 'TK-5', ['2026-09-10', '2027-02-04']),
      errors: [{ line: 5, column: 1, message: 'in Q2 (October 19 to December 18, 2026) and Q4 (March 22 to June 3, 2027).' }],
    },
    {
      name: 'K-8 drills each quarter, like elementary',
      asOf: '2027-01-04',
      yaml: plan('k8', 'K-8', ['2026-09-10']),
      errors: [{ line: 5, column: 1, message: 'in Q2 (October 19 to December 18, 2026). As a K-8 site' }],
    },
    {
      name: 'middle, semester policy: semester 1 missing',
      config: semester,
      asOf: '2027-01-04',
      yaml: plan('middle', '6-8', []),
      errors: [{ line: 5, column: 1, message: 'in Semester 1 (August 12 to December 18, 2026). As a middle school, this site holds one each semester' }],
    },
    {
      name: 'high: a drill in the winter break is in no semester',
      asOf: AFTER,
      yaml: plan('high', '9-12', ['2026-12-21', '2027-04-22']),
      errors: [{ line: 5, column: 1, message: 'in Semester 1 (' }],
    },
    {
      name: 'high: semester 2 missing after the year',
      asOf: AFTER,
      yaml: plan('high', '9-12', ['2026-09-10']),
      errors: [{ line: 5, column: 1, message: 'in Semester 2 (January 5 to June 3, 2027).' }],
    },
    {
      name: 'other drill types do not count',
      yaml: plan('elementary', 'TK-5', ['2026-09-10'], 'fire'),
      errors: [{ line: 5, column: 1, message: 'in Q1' }],
    },
  ],
});
