import rule from '../../src/rules/version-school-year.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (version: string, year = '2026-27') => `schoolYear: ${year}\nversion: "${version}"\n`;

testRule(rule, {
  valid: [
    { name: 'year and revision', yaml: plan('2026-27.1') },
    { name: 'a draft label', yaml: plan('2026-27.0-draft') },
    { name: 'the year written in full', yaml: plan('2026-2027 rev 2') },
    { name: 'a prefix before the year', yaml: plan('v2026-27.3') },
    { name: 'no version: nothing to check', yaml: 'schoolYear: 2026-27\n' },
    { name: 'no school year: nothing to compare', yaml: 'version: 2025-26.1\n' },
  ],
  invalid: [
    {
      name: "last year's label",
      yaml: plan('2025-26.1'),
      errors: [{ line: 2, column: 10, message: "Version 2025-26.1 does not name the plan's school year 2026-27", severity: 'warning' }],
    },
    { name: 'a bare revision number', yaml: plan('3'), errors: [{ line: 2, column: 10, message: 'Version 3 does not name' }] },
    { name: 'the year inside a longer number', yaml: plan('12026-27.1'), errors: [{ line: 2, column: 10 }] },
    { name: 'the next year', yaml: plan('2027-28.1'), errors: [{ line: 2, column: 10 }] },
  ],
});
