import rule from '../../src/rules/district-approval.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (adoption: string | undefined, approval: string | undefined) =>
  [
    'schoolYear: 2026-27',
    ...(adoption ? ['adoption:', `  date: ${adoption}`] : []),
    ...(approval ? ['approval:', '  body: Governing Board', `  date: ${approval}`] : []),
  ].join('\n');

testRule(rule, {
  valid: [
    { name: 'approved after adoption', yaml: plan('2027-02-10', '2027-03-12') },
    { name: 'approved on the adoption date', yaml: plan('2027-02-10', '2027-02-10') },
    { name: 'not adopted, not approved', yaml: plan(undefined, undefined), asOf: '2027-06-01' },
    { name: 'adopted, approval pending for 60 days', yaml: plan('2027-02-10', undefined), asOf: '2027-04-11' },
  ],
  invalid: [
    {
      name: 'approval before adoption',
      yaml: plan('2027-02-10', '2027-02-09'),
      errors: [{ line: 6, column: 9, message: 'approval date (February 9, 2027) is before the plan was adopted (February 10, 2027)', severity: 'error' }],
    },
    {
      name: 'adopted, no approval after 61 days: warning',
      yaml: plan('2027-02-10', undefined),
      asOf: '2027-04-12',
      errors: [{ line: 1, column: 1, message: 'adopted on February 10, 2027 (61 days ago) and no district approval', severity: 'warning' }],
    },
    {
      name: 'approval without adoption',
      yaml: plan(undefined, '2027-02-09'),
      errors: [{ line: 2, column: 1, message: 'approval but no adoption', severity: 'error' }],
    },
  ],
});
