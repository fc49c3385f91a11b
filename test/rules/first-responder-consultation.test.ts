import rule from '../../src/rules/first-responder-consultation.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const pd = '  - { agency: Harbor City PD, type: law-enforcement, date: 2026-10-01 }';
const fd = '  - { agency: Harbor City FD, type: fire, date: 2026-10-02 }';
const ems = '  - { agency: County EMS Agency, type: ems, date: 2026-10-03 }';
const plan = (adoption: string | undefined, ...entries: string[]) =>
  ['schoolYear: 2026-27', ...(adoption ? ['adoption:', `  date: ${adoption}`] : []), 'consultations:', ...entries].join('\n');

testRule(rule, {
  valid: [
    { name: 'all three consulted before adoption', yaml: plan('2027-02-10', pd, fd, ems) },
    { name: 'consulted on the adoption date', yaml: plan('2026-10-03', pd, fd, ems) },
    { name: 'not adopted, checked in November: not due yet', yaml: 'schoolYear: 2026-27\n' },
    { name: 'not adopted, checked on March 1: not due yet', yaml: 'schoolYear: 2026-27\n', asOf: '2027-03-01' },
  ],
  invalid: [
    {
      name: 'adopted without the fire department',
      yaml: plan('2027-02-10', pd, ems),
      errors: [{ line: 4, column: 1, message: 'No consultation with the fire department', severity: 'error' }],
    },
    {
      name: 'adopted without EMS: a warning',
      yaml: plan('2027-02-10', pd, fd),
      errors: [{ line: 4, column: 1, message: 'emergency medical services (EMS)', severity: 'warning' }],
    },
    {
      name: 'adopted without EMS, the district lists EMS in requiredAgencies: an error, as in plan-distribution',
      config: { ...testConfig, requiredAgencies: ['ems'] },
      yaml: plan('2027-02-10', pd, fd),
      errors: [{ line: 4, column: 1, message: 'the district lists EMS in requiredAgencies', severity: 'error' }],
    },
    {
      name: 'overdue and nothing recorded: reported at the top',
      yaml: 'schoolYear: 2026-27\n',
      asOf: '2027-03-02',
      errors: [
        { line: 1, column: 1, message: 'law enforcement', severity: 'error' },
        { line: 1, column: 1, message: 'The plan was due by March 1, 2027', severity: 'error' },
        { line: 1, column: 1, message: 'EMS', severity: 'warning' },
      ],
    },
    {
      name: 'consultation after adoption',
      yaml: plan('2027-02-10', pd, ems, '  - agency: Harbor City FD', '    type: fire', '    date: 2027-02-11'),
      errors: [{ line: 9, column: 11, message: 'came after the plan was adopted on February 10, 2027', severity: 'warning' }],
    },
    {
      name: 'config can change the rule severity',
      yaml: plan('2027-02-10', fd, ems),
      config: { ...testConfig, rules: { 'first-responder-consultation': 'warning' } },
      errors: [{ line: 4, column: 1, message: 'law enforcement', severity: 'warning' }],
    },
  ],
});
