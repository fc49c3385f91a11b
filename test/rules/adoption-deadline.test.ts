import rule from '../../src/rules/adoption-deadline.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const adopted = (date: string, extra = '') => `schoolYear: 2026-27\n${extra}adoption:\n  date: ${date}\n`;

testRule(rule, {
  valid: [
    { name: 'not adopted, checked in November: not due yet', yaml: 'schoolYear: 2026-27\n' },
    { name: 'not adopted, 31 days before the deadline', yaml: 'schoolYear: 2026-27\n', asOf: '2027-01-29' },
    { name: 'adopted on the deadline', yaml: adopted('2027-03-01'), asOf: '2027-05-01' },
    { name: 'adopted on July 1 of the start year', yaml: adopted('2026-07-01') },
    { name: 'new campus opened in June: one year after opening', yaml: adopted('2027-05-20', 'site:\n  opened: 2026-06-01\n'), asOf: '2027-06-01' },
    { name: 'new campus, not adopted, still within its year', yaml: 'schoolYear: 2026-27\nsite:\n  opened: 2026-06-01\n', asOf: '2027-03-02' },
    { name: 'no school year: nothing to compute', yaml: 'adoption:\n  date: 2030-01-01\n' },
    { name: "last year's adoption date, checked in November: not due yet (record-dates-in-cycle reports the date)", yaml: adopted('2026-02-20') },
    { name: 'adopted in April under a district cycle that starts April 1', yaml: adopted('2026-04-15'), asOf: '2027-04-01', config: { ...testConfig, planCycle: { startMonthDay: '04-01' } } },
  ],
  invalid: [
    {
      name: 'empty adoption: (null), checked the day after the deadline',
      yaml: 'schoolYear: 2026-27\nadoption:\n',
      asOf: '2027-03-02',
      errors: [{ line: 2, column: 1, message: 'deadline has passed: the plan must be adopted by March 1, 2027', severity: 'error' }],
    },
    {
      name: 'no adoption key: falls back to the top of the file',
      yaml: 'schoolYear: 2026-27\n',
      asOf: '2027-03-02',
      errors: [{ line: 1, column: 1, message: 'has not been adopted' }],
    },
    {
      name: 'due within 30 days: info with the day count',
      yaml: 'schoolYear: 2026-27\n',
      asOf: '2027-02-15',
      errors: [{ line: 1, column: 1, message: 'due by March 1, 2027 (14 days)', severity: 'info' }],
    },
    {
      name: 'due on the day itself',
      yaml: 'schoolYear: 2026-27\n',
      asOf: '2027-03-01',
      errors: [{ line: 1, column: 1, message: '(0 days)', severity: 'info' }],
    },
    {
      name: 'adopted after March 1',
      yaml: adopted('2027-03-02'),
      errors: [{ line: 3, column: 9, message: 'adopted on March 2, 2027, too late', severity: 'error' }],
    },
    {
      name: 'new campus opened long ago: the March 1 deadline applies',
      yaml: adopted('2027-04-01', 'site:\n  opened: 2020-08-15\n'),
      errors: [{ line: 5, column: 9, message: 'must be adopted by March 1, 2027' }],
    },
    {
      name: 'new campus adopted more than a year after opening',
      yaml: adopted('2027-06-02', 'site:\n  opened: 2026-06-01\n'),
      errors: [{ line: 5, column: 9, message: 'within one year of opening (opened June 1, 2026), so by June 1, 2027' }],
    },
    {
      name: 'new campus past its one-year deadline, not adopted',
      yaml: 'schoolYear: 2026-27\nsite:\n  opened: 2026-06-01\n',
      asOf: '2027-06-02',
      errors: [{ line: 1, column: 1, message: 'so by June 1, 2027' }],
    },
    {
      name: "last year's adoption date, past the deadline: not adopted this year",
      yaml: adopted('2026-02-20'),
      asOf: '2027-04-01',
      errors: [{ line: 3, column: 9, message: 'not been adopted this year (the adoption date February 20, 2026 is before the 2026-27 plan cycle began on July 1, 2026) and the deadline has passed', severity: 'error' }],
    },
    {
      name: "last year's adoption date, deadline near: the reminder, at adoption:",
      yaml: adopted('2026-02-20'),
      asOf: '2027-02-20',
      errors: [{ line: 2, column: 1, message: 'due by March 1, 2027 (9 days)', severity: 'info' }],
    },
    {
      name: 'adoption before a district cycle that starts in April',
      yaml: adopted('2026-03-31'),
      asOf: '2027-03-02',
      config: { ...testConfig, planCycle: { startMonthDay: '04-01' } },
      errors: [{ line: 3, column: 9, message: 'before the 2026-27 plan cycle began on April 1, 2026' }],
    },
  ],
});
