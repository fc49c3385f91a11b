import rule from '../../src/rules/section-not-written.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = `schoolYear: 2026-27
sections:
  earthquake:
    visibility: public
    status: not-written
  childAbuseReporting: { standard: child-abuse-reporting, visibility: public }
  dressCode: { visibility: public, status: not-written }
`;

testRule(rule, {
  valid: [{ name: 'written sections', yaml: 'schoolYear: 2026-27\nsections:\n  earthquake: { text: Drop, visibility: public }\n' }],
  invalid: [
    {
      name: 'before the deadline: a warning per section, naming the due date',
      yaml: plan,
      errors: [
        { line: 5, column: 13, severity: 'warning', message: 'Section `earthquake` (Earthquake emergency procedure system, EC 32282(a)(2)(B)(i)) is not written yet. The plan is due by March 1, 2027.' },
        { line: 7, column: 44, severity: 'warning', message: /^Section `dressCode` .* is not written yet\./ },
      ],
    },
    {
      name: 'after the deadline: errors',
      yaml: plan,
      asOf: '2027-03-02',
      errors: [
        { line: 5, column: 13, severity: 'error', message: 'The adoption deadline has passed.' },
        { line: 7, column: 44, severity: 'error' },
      ],
    },
  ],
});
