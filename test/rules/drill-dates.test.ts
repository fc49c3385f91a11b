import rule from '../../src/rules/drill-dates.js';
import { testRule } from '../helpers/rule-tester.js';

// Drill k is on line 3 + k; its date value starts at column 13 (`  - { date: `).
const plan = (...dates: string[]) =>
  ['schoolYear: 2026-27', 'drills:', ...dates.map((date) => `  - { date: ${date}, type: fire, time: '09:00', conductedBy: Principal Lee }`)].join('\n');

testRule(rule, {
  valid: [
    { name: 'first day, a drill today, and last day after the year', asOf: '2027-06-03', yaml: plan('2026-08-12', '2027-06-03') },
    { name: 'a drill on the check date', yaml: plan('2026-11-23') },
    { name: 'a malformed date is left to the schema', yaml: plan('2026-13-01', 'soon') },
    { name: 'no drills', yaml: 'schoolYear: 2026-27\ndrills: []\n' },
  ],
  invalid: [
    {
      name: 'before the first day of school',
      yaml: plan('2026-09-10', '2026-07-30'),
      errors: [{ line: 4, column: 13, message: 'Drill dated 2026-07-30 is outside the 2026-27 school year (August 12, 2026 to June 3, 2027)' }],
    },
    {
      name: 'after the last day (last year\'s plan copied forward)',
      asOf: '2027-07-01',
      yaml: plan('2027-06-10', '2025-10-01'),
      errors: [{ line: 3, column: 13, message: 'Drill dated 2027-06-10 is outside' }, { line: 4, column: 13, message: 'Drill dated 2025-10-01 is outside' }],
    },
    {
      name: 'a future drill',
      yaml: plan('2026-09-10', '2026-12-02'),
      errors: [{ line: 4, column: 13, message: "Drill dated 2026-12-02 is in the future (checked as of November 23, 2026): a drill can't be logged before it is held." }],
    },
    {
      name: 'no district calendar: the default one (from August 15)',
      config: null,
      yaml: plan('2026-08-13'),
      errors: [{ line: 3, column: 13, message: '(August 15, 2026 to June 10, 2027)' }],
    },
  ],
});
