import rule from '../../src/rules/cardiac-emergency.js';
import { testRule } from '../helpers/rule-tester.js';

const section = 'sections:\n  cardiacEmergency: { standard: cardiac-emergency, visibility: public }';
const aed = 'responder:\n  utilities:\n    - { kind: aed, location: Front office }';
const plan = (year: string, ...rest: string[]) => [`schoolYear: ${year}`, ...rest].join('\n');

testRule(rule, {
  valid: [
    { name: '2026-27 with procedures and an AED', yaml: plan('2026-27', section, aed) },
    { name: '2024-25, not adopted: before AB 2887 applies', yaml: plan('2024-25'), file: '/district/plans/2024-25/test-elementary.yaml' },
    { name: '2024-25 adopted on time (reviewed before July 1, 2025)', yaml: plan('2024-25', 'adoption:\n  date: 2025-02-20') },
  ],
  invalid: [
    {
      name: '2025-26 with neither',
      yaml: plan('2025-26'),
      errors: [
        { line: 1, column: 1, message: 'no procedures for sudden cardiac arrest', severity: 'error' },
        { line: 1, column: 1, message: 'No AED locations', severity: 'warning' },
      ],
    },
    {
      name: '2024-25 adopted on July 1, 2025: reviewed on the effective date',
      yaml: plan('2024-25', 'adoption:\n  date: 2025-07-01', aed),
      errors: [{ line: 1, column: 1, message: 'reviewed from July 1, 2025' }],
    },
    {
      name: 'blank section text',
      yaml: plan('2026-27', 'sections:\n  cardiacEmergency:\n    text: ""\n    visibility: public', aed),
      errors: [{ line: 3, column: 3, message: 'AB 2887' }],
    },
    {
      name: 'utilities without an AED: cites H&S Code 1797.196, not AB 2887',
      yaml: plan('2026-27', section, 'responder:\n  utilities:\n    - { kind: gas, location: A }'),
      errors: [{ line: 5, column: 3, message: /^No AED locations are listed\. Health & Safety Code 1797\.196 has staff told each year where the AEDs are, and responders/, severity: 'warning' }],
    },
    {
      name: 'a school serving grades 6-12 without an AED: AB 3262 for pupils too',
      yaml: plan('2026-27', 'site: { grades: 6-8 }', section),
      errors: [{ line: 1, column: 1, message: 'AB 3262 (2024) has pupils in grades 6-12 told too', severity: 'warning' }],
    },
  ],
});
