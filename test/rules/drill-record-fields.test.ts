import rule from '../../src/rules/drill-record-fields.js';
import { testRule } from '../helpers/rule-tester.js';

// Drill k is on line 3 + k, its map at column 5.
const plan = (...drills: string[]) => ['schoolYear: 2026-27', 'drills:', ...drills.map((d) => `  - ${d}`)].join('\n');
const d = (type: string, extra = '') => `{ type: ${type}, date: 2026-09-10, time: '09:00', conductedBy: Principal Lee${extra} }`;
const FULL = ', evacuationSeconds: 185, participants: 412';

testRule(rule, {
  valid: [
    { name: 'a complete fire drill', yaml: plan(d('fire', FULL)) },
    { name: 'a complete evacuation drill, zero counts are recorded values', yaml: plan(d('evacuation', ', evacuationSeconds: 0, participants: 0')) },
    { name: 'alarm tests and earthquake drills need no evacuation time', yaml: plan(d('fire-alarm'), d('earthquake')) },
    { name: 'problems with corrective actions', yaml: plan(d('lockdown', ', problems: [Room 12 door did not lock], correctiveActions: [Work order 4411]')) },
    { name: 'an empty problems list', yaml: plan(d('lockdown', ', problems: []')) },
  ],
  invalid: [
    {
      name: 'fire drill without evacuation time or participants',
      yaml: plan(d('fire-alarm'), d('fire')),
      errors: [{ line: 4, column: 5, severity: 'warning', message: 'The fire drill on 2026-09-10 does not record the time to clear the buildings (evacuationSeconds) and the number of people evacuated (participants).' }],
    },
    {
      name: 'evacuation drill without participants',
      yaml: plan(d('evacuation', ', evacuationSeconds: 300')),
      errors: [{ line: 3, column: 5, message: 'The evacuation drill on 2026-09-10 does not record the number of people evacuated (participants).' }],
    },
    {
      name: 'problems without corrective actions, any drill type',
      yaml: plan(d('lockdown', ', problems: [Room 12 door did not lock]')),
      errors: [{ line: 3, column: 5, message: 'does not record what will be done about the problems found (correctiveActions).' }],
    },
    {
      name: 'an empty corrective-action list is no plan either',
      yaml: plan(d('fire', `${FULL}, problems: [Alarm inaudible in gym], correctiveActions: ['  ']`)),
      errors: [{ line: 3, column: 5, message: '(correctiveActions)' }],
    },
  ],
});
