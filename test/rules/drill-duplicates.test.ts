import rule from '../../src/rules/drill-duplicates.js';
import { testRule } from '../helpers/rule-tester.js';

// Drill k is on line 3 + k, its map at column 5.
const plan = (...drills: string[]) => ['schoolYear: 2026-27', 'drills:', ...drills.map((d) => `  - ${d}`)].join('\n');
const d = (type: string, date: string, time?: string) =>
  `{ type: ${type}, date: ${date},${time ? ` time: '${time}',` : ''} conductedBy: Principal Lee }`;

testRule(rule, {
  valid: [
    { name: 'same type and date, different start times', yaml: plan(d('fire', '2026-09-10', '09:00'), d('fire', '2026-09-10', '13:30')) },
    { name: 'different types on one day', yaml: plan(d('fire', '2026-09-10', '09:00'), d('earthquake', '2026-09-10', '09:00')) },
    { name: 'same type on different days', yaml: plan(d('fire', '2026-09-10', '09:00'), d('fire', '2026-10-10', '09:00')) },
  ],
  invalid: [
    {
      name: 'the second copy is reported, naming the first',
      yaml: plan(d('earthquake', '2026-09-01', '10:00'), d('fire', '2026-09-10', '09:00'), d('fire', '2026-09-10', '09:00')),
      errors: [{ line: 5, column: 5, severity: 'warning', message: 'This fire drill on 2026-09-10 at 09:00 has the same type, date and time as drills[1] (entry 2 under drills:).' }],
    },
    {
      name: 'a missing time cannot tell two drills apart',
      yaml: plan(d('fire', '2026-09-10', '09:00'), d('fire', '2026-09-10')),
      errors: [{ line: 4, column: 5, message: 'This fire drill on 2026-09-10 has the same type and date as drills[0]' }],
    },
    {
      name: 'three copies: each repeat names the first',
      yaml: plan(d('lockdown', '2026-10-07', '10:00'), d('lockdown', '2026-10-07', '10:00'), d('lockdown', '2026-10-07', '10:00')),
      errors: [{ line: 4, column: 5, message: 'drills[0]' }, { line: 5, column: 5, message: 'drills[0]' }],
    },
  ],
});
