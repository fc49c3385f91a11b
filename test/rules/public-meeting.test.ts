import rule from '../../src/rules/public-meeting.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (meeting: string | undefined, adoption: string | undefined, location = 'Library', more = '') =>
  [
    'schoolYear: 2026-27',
    'site: { id: test-elementary, name: Test Elementary School }',
    ...(meeting ? ['publicMeeting:', `  date: ${meeting}`, `  location: ${location}`, ...(more ? [more] : [])] : []),
    ...(adoption ? ['adoption:', `  date: ${adoption}`] : []),
  ].join('\n');
const sites = { ...testConfig, sites: [{ id: 'test-elementary', name: 'Test Elementary School', level: 'elementary' as const, grades: 'K-5' }, { id: 'cypress-grove', name: 'Cypress Grove Elementary School', level: 'elementary' as const, grades: 'K-5' }] };

testRule(rule, {
  valid: [
    { name: 'meeting the day before adoption', yaml: plan('2027-02-09', '2027-02-10') },
    { name: 'not adopted, no meeting, checked in November', yaml: plan(undefined, undefined) },
    { name: 'not adopted, no meeting, checked on March 1', yaml: plan(undefined, undefined), asOf: '2027-03-01' },
    { name: 'meeting scheduled in the future, not adopted', yaml: plan('2027-02-09', undefined) },
    { name: 'meeting held, overdue adoption is adoption-deadline\'s finding', yaml: plan('2027-02-09', undefined), asOf: '2027-04-01' },
    // A public hearing, then the action item, at one session (EC 32288(b)(1) is met: the meeting came first).
    { name: 'meeting on the adoption day, before the vote', yaml: plan('2027-02-10', '2027-02-10', 'Library', '  beforeVote: true') },
    { name: 'in the school\'s own rooms', yaml: plan('2027-02-09', '2027-02-10', 'Test Elementary School multipurpose room'), config: sites },
    { name: 'the plan says it was at the schoolsite', yaml: plan('2027-02-09', '2027-02-10', 'Board Room (in the school\'s administration building)', '  atSchoolsite: true') },
  ],
  invalid: [
    {
      name: 'adopted with no meeting: reported at the top',
      yaml: plan(undefined, '2027-02-10'),
      errors: [{ line: 1, column: 1, message: 'no public meeting is recorded' }],
    },
    {
      name: 'meeting on the adoption day, order not recorded: lawful, an info asking to record it',
      yaml: plan('2027-02-10', '2027-02-10'),
      errors: [{ line: 4, column: 9, message: 'record that it came before the vote', severity: 'info' }],
    },
    {
      name: 'meeting on the adoption day, after the vote',
      yaml: plan('2027-02-10', '2027-02-10', 'Library', '  beforeVote: false'),
      errors: [{ line: 4, column: 9, message: 'must come before the plan is adopted (February 10, 2027)' }],
    },
    {
      name: 'at the district office board room',
      yaml: plan('2027-02-09', '2027-02-10', 'District Office Board Room'),
      errors: [{ line: 5, column: 13, message: 'away from the schoolsite (District Office' }],
    },
    {
      name: 'at another school of the district',
      yaml: plan('2027-02-09', '2027-02-10', 'Cypress Grove Elementary School library'),
      config: sites,
      errors: [{ line: 5, column: 13, message: 'away from the schoolsite (Cypress Grove Elementary School)' }],
    },
    {
      name: 'online',
      yaml: plan('2027-02-09', '2027-02-10', 'Zoom webinar'),
      errors: [{ line: 5, column: 13, message: 'away from the schoolsite' }],
    },
    {
      name: 'the plan says it was not at the schoolsite',
      yaml: plan('2027-02-09', '2027-02-10', 'Library', '  atSchoolsite: false'),
      errors: [{ line: 6, column: 17, message: 'away from the schoolsite (Library)' }],
    },
    {
      name: 'meeting after adoption',
      yaml: plan('2027-02-11', '2027-02-10'),
      errors: [{ line: 4, column: 9, message: 'The public meeting (February 11, 2027)' }],
    },
    {
      name: 'not adopted and past the deadline with no meeting',
      yaml: plan(undefined, undefined),
      asOf: '2027-03-02',
      errors: [{ line: 1, column: 1, message: 'due by March 1, 2027' }],
    },
  ],
});
