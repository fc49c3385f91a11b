import rule from '../../src/rules/public-meeting.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (meeting: string | undefined, adoption: string | undefined) =>
  [
    'schoolYear: 2026-27',
    ...(meeting ? ['publicMeeting:', `  date: ${meeting}`, '  location: Library'] : []),
    ...(adoption ? ['adoption:', `  date: ${adoption}`] : []),
  ].join('\n');

testRule(rule, {
  valid: [
    { name: 'meeting the day before adoption', yaml: plan('2027-02-09', '2027-02-10') },
    { name: 'not adopted, no meeting, checked in November', yaml: plan(undefined, undefined) },
    { name: 'not adopted, no meeting, checked on March 1', yaml: plan(undefined, undefined), asOf: '2027-03-01' },
    { name: 'meeting scheduled in the future, not adopted', yaml: plan('2027-02-09', undefined) },
    { name: 'meeting held, overdue adoption is adoption-deadline\'s finding', yaml: plan('2027-02-09', undefined), asOf: '2027-04-01' },
  ],
  invalid: [
    {
      name: 'adopted with no meeting: reported at the top',
      yaml: plan(undefined, '2027-02-10'),
      errors: [{ line: 1, column: 1, message: 'no public meeting is recorded' }],
    },
    {
      name: 'meeting on the adoption date',
      yaml: plan('2027-02-10', '2027-02-10'),
      errors: [{ line: 3, column: 9, message: 'must come before the plan is adopted (February 10, 2027)' }],
    },
    {
      name: 'meeting after adoption',
      yaml: plan('2027-02-11', '2027-02-10'),
      errors: [{ line: 3, column: 9, message: 'The public meeting (February 11, 2027)' }],
    },
    {
      name: 'not adopted and past the deadline with no meeting',
      yaml: plan(undefined, undefined),
      asOf: '2027-03-02',
      errors: [{ line: 1, column: 1, message: 'due by March 1, 2027' }],
    },
  ],
});
