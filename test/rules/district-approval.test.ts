import rule from '../../src/rules/district-approval.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (adoption: string | undefined, approval: string | undefined, body = 'Governing Board') =>
  [
    'schoolYear: 2026-27',
    ...(adoption ? ['adoption:', `  date: ${adoption}`] : []),
    ...(approval ? ['approval:', `  body: ${body}`, `  date: ${approval}`] : []),
  ].join('\n');
const board = { ...testConfig, district: { ...testConfig.district, approvingBody: 'Test USD Governing Board' } };

testRule(rule, {
  valid: [
    { name: 'approved after adoption', yaml: plan('2027-02-10', '2027-03-12') },
    { name: 'approved on the adoption date', yaml: plan('2027-02-10', '2027-02-10') },
    { name: 'not adopted, not approved', yaml: plan(undefined, undefined), asOf: '2027-06-01' },
    { name: 'adopted, approval pending for 60 days', yaml: plan('2027-02-10', undefined), asOf: '2027-04-11' },
    { name: 'approved by the approving body the config names (case and punctuation aside)', yaml: plan('2027-02-10', '2027-03-12', 'Test USD governing board.'), config: board },
  ],
  invalid: [
    {
      name: 'approved by the School Site Council',
      yaml: plan('2027-02-10', '2027-03-12', 'Test Elementary School Site Council'),
      errors: [{ line: 5, column: 9, message: 'a body of the school' }],
    },
    {
      name: 'approved by the principal, with an approving body in the config',
      yaml: plan('2027-02-10', '2027-03-12', 'Principal'),
      config: board,
      errors: [{ line: 5, column: 9, message: 'not the district\'s approving body (Test USD Governing Board)' }],
    },
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
