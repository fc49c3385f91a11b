import rule from '../../src/rules/record-dates-in-cycle.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// Every dated governance record of a plan, each on its own line, with the dates given.
const plan = (d: Partial<Record<'consult' | 'meeting' | 'notice' | 'adopt' | 'approve' | 'share', string>>, year = '2026-27') => [
  `schoolYear: ${year}`,
  'consultations:',
  `  - { agency: Harbor Vista Police Department, type: law-enforcement, date: ${d.consult ?? '2026-10-06'} }`,
  'publicMeeting:',
  `  date: ${d.meeting ?? '2027-01-26'}`,
  '  location: Library',
  '  notices:',
  `    - { recipient: mayor, date: ${d.notice ?? '2027-01-12'} }`,
  'adoption:',
  `  date: ${d.adopt ?? '2027-02-09'}`,
  'approval:',
  '  body: Governing Board',
  `  date: ${d.approve ?? '2027-03-11'}`,
  'distribution:',
  `  - { agency: Harbor Vista Fire Department, type: fire, edition: responder, date: ${d.share ?? '2027-03-15'} }`,
  '',
].join('\n');

const aprilCycle = { ...testConfig, planCycle: { startMonthDay: '04-01' } };
const ownWindow = { ...testConfig, planCycle: { startMonthDay: '04-01', years: { '2026-27': { start: '2026-07-01', end: '2027-08-31' } } } };

testRule(rule, {
  valid: [
    { name: 'every record inside July 1 to June 30', yaml: plan({}) },
    { name: 'first and last day of the cycle', yaml: plan({ consult: '2026-07-01', share: '2027-06-30' }) },
    { name: 'no school year: nothing to compare', yaml: plan({ adopt: '2020-01-01' }).replace('schoolYear: 2026-27\n', '') },
    { name: 'no config: the default cycle', yaml: plan({}), config: null },
    { name: 'a district cycle from April 1 takes a spring consultation', yaml: plan({ consult: '2026-04-20' }), config: aprilCycle },
    { name: "a year's own window beats startMonthDay", yaml: plan({ share: '2027-08-20' }), config: ownWindow },
    { name: 'invalid dates are the schema\'s to report', yaml: plan({ adopt: '2026-02-30', approve: 'soon' }) },
    { name: 'a plan with no governance records yet', yaml: 'schoolYear: 2026-27\nconsultations: []\npublicMeeting:\nadoption:\n' },
  ],
  invalid: [
    {
      name: 'a plan copied from last year: every record reported',
      yaml: plan({ consult: '2025-10-21', meeting: '2026-01-27', notice: '2026-01-13', adopt: '2026-02-10', approve: '2026-03-12', share: '2026-03-17' }),
      errors: [
        { line: 3, column: 76, message: 'Consultation with Harbor Vista Police Department 2025-10-21 is before the 2026-27 plan cycle (2026-07-01 to 2027-06-30)' },
        { line: 5, column: 9, message: 'Public meeting date 2026-01-27 is before the 2026-27 plan cycle' },
        { line: 8, column: 33, message: 'Meeting notice to mayor 2026-01-13 is before' },
        { line: 10, column: 9, message: "Adoption date 2026-02-10 is before the 2026-27 plan cycle (2026-07-01 to 2027-06-30): it looks copied from last year's plan", severity: 'error' },
        { line: 13, column: 9, message: 'Approval date 2026-03-12 is before' },
        { line: 15, column: 83, message: 'Distribution to Harbor Vista Fire Department 2026-03-17 is before' },
      ],
    },
    {
      name: 'the day before the cycle begins',
      yaml: plan({ consult: '2026-06-30' }),
      errors: [{ line: 3, column: 76, message: '2026-06-30 is before the 2026-27 plan cycle' }],
    },
    {
      name: 'a date after the cycle ends',
      yaml: plan({ share: '2027-07-01' }),
      errors: [{ line: 15, column: 83, message: 'Distribution to Harbor Vista Fire Department 2027-07-01 is after the 2026-27 plan cycle (2026-07-01 to 2027-06-30): it belongs to a later year' }],
    },
    {
      name: 'a district cycle from April 1 ends March 31',
      yaml: plan({ share: '2027-04-01' }),
      config: aprilCycle,
      errors: [{ line: 15, column: 83, message: 'after the 2026-27 plan cycle (2026-04-01 to 2027-03-31)' }],
    },
    {
      name: "a year's own window",
      yaml: plan({ share: '2027-09-01' }),
      config: ownWindow,
      errors: [{ line: 15, column: 83, message: '(2026-07-01 to 2027-08-31)' }],
    },
    {
      name: 'records without an agency or recipient still name what they are',
      yaml: 'schoolYear: 2026-27\nconsultations:\n  - date: 2025-10-01\npublicMeeting:\n  notices:\n    - date: 2025-12-01\ndistribution:\n  - date: 2025-12-02\n',
      errors: [
        { line: 3, column: 11, message: /^Consultation with 2025-10-01 is before/ },
        { line: 6, column: 13, message: /^Meeting notice to 2025-12-01 is before/ },
        { line: 8, column: 11, message: /^Distribution to 2025-12-02 is before/ },
      ],
    },
  ],
});
