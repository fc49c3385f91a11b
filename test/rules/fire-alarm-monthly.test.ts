import rule from '../../src/rules/fire-alarm-monthly.js';
import { testRule } from '../helpers/rule-tester.js';

// Line 5 is `drills:`; drill k is on line 6 + k, its map at column 5.
const plan = (level: string, grades: string, drills: string[]) =>
  ['schoolYear: 2026-27', 'site:', `  level: ${level}`, `  grades: ${grades}`, 'drills:', ...drills.map((d) => `  - ${d}`)].join('\n');
const d = (type: string, date: string) => `{ type: ${type}, date: ${date}, time: '09:00', conductedBy: Principal Lee }`;
const elementary = (...drills: string[]) => plan('elementary', 'TK-5', drills);
const yearOfAlarms = ['2026-08-20', '2026-09-15', '2026-10-14', '2026-11-10', '2026-12-09', '2027-01-13', '2027-02-10', '2027-03-10', '2027-04-14', '2027-05-12']
  .map((date) => d('fire-alarm', date));

testRule(rule, {
  valid: [
    { name: 'an alarm test in every month that has ended', yaml: elementary(d('fire-alarm', '2026-08-20'), d('fire-alarm', '2026-09-15'), d('fire-alarm', '2026-10-14')) },
    { name: 'a fire drill sounds the alarm', yaml: elementary(d('fire', '2026-08-20'), d('fire-alarm', '2026-09-15'), d('fire', '2026-10-30')) },
    { name: 'as of October 1: only August and September are due', asOf: '2026-10-01', yaml: elementary(d('fire-alarm', '2026-08-20'), d('fire', '2026-09-15')) },
    { name: 'on the last day of August nothing is due yet', asOf: '2026-08-31', yaml: 'schoolYear: 2026-27\ndrills: []\n' },
    { name: 'no valid school year: left to the schema', yaml: 'schoolYear: next year\ndrills: []\n' },
    { name: 'every level, high schools too', yaml: plan('high', '9-12', [d('fire-alarm', '2026-08-20'), d('fire-alarm', '2026-09-15'), d('fire-alarm', '2026-10-14')]) },
    { name: 'after the year: every month through June', asOf: '2027-07-01', yaml: elementary(...yearOfAlarms, d('fire-alarm', '2027-06-02')) },
  ],
  invalid: [
    {
      name: 'missing months are named, on drills:',
      yaml: elementary(d('fire-alarm', '2026-08-20')),
      errors: [{ line: 5, column: 1, message: 'in September 2026 and October 2026.', severity: 'error' }],
    },
    {
      name: 'after the year ends: June is due',
      asOf: '2027-07-01',
      yaml: elementary(...yearOfAlarms),
      errors: [{ line: 5, column: 1, message: /in June 2027\. EC 32001/ }],
    },
    {
      name: 'a drill before the first day of school does not count for August',
      yaml: elementary(d('fire-alarm', '2026-08-05'), d('fire-alarm', '2026-09-15'), d('fire-alarm', '2026-10-14')),
      errors: [{ line: 5, column: 1, message: 'in August 2026.' }],
    },
    {
      name: 'an impossible date does not count',
      yaml: elementary(d('fire-alarm', '2026-08-20'), d('fire-alarm', '2026-09-31'), d('fire-alarm', '2026-10-14')),
      errors: [{ line: 5, column: 1, message: 'in September 2026.' }],
    },
    {
      name: 'other drill types do not sound the alarm',
      yaml: elementary(d('earthquake', '2026-08-20'), d('evacuation', '2026-09-15'), d('fire-alarm', '2026-10-14')),
      errors: [{ line: 5, column: 1, message: 'in August 2026 and September 2026.' }],
    },
    {
      name: 'no drill log at all: reported at the top of the file',
      yaml: 'schoolYear: 2026-27\n',
      errors: [{ line: 1, column: 1, message: 'in August 2026, September 2026 and October 2026.' }],
    },
  ],
});
