// The rules of the 2023-2025 laws, on plans adopted before and after each took effect.
import childProtection from '../../src/rules/child-protection.js';
import dangerousActivityReports from '../../src/rules/dangerous-activity-reports.js';
import disabilityAdaptations from '../../src/rules/disability-adaptations.js';
import immigrationNotice from '../../src/rules/immigration-enforcement-notice.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (year: string, adopted: string | undefined, sections: string) =>
  [`schoolYear: ${year}`, ...(adopted ? [`adoption:\n  date: ${adopted}`] : []), 'sections:', sections].join('\n');
const file = (year: string) => `/district/plans/${year}/test-elementary.yaml`;

testRule(immigrationNotice, {
  valid: [
    { name: 'adopted before SB 98 took effect, checked before March 1, 2026', yaml: plan('2025-26', '2025-09-10', '  earthquake: { text: x, visibility: public }'), file: file('2025-26'), asOf: '2026-02-01' },
    { name: 'with the section', yaml: plan('2026-27', undefined, '  immigrationEnforcementNotice: { standard: immigration-enforcement-notice, visibility: public }'), asOf: '2026-11-23' },
    { name: 'after the repeal', yaml: plan('2030-31', undefined, '  earthquake: { text: x, visibility: public }'), file: file('2030-31'), asOf: '2031-01-01' },
  ],
  invalid: [
    {
      name: 'adopted after SB 98 took effect, without the section',
      yaml: plan('2025-26', '2026-02-10', '  earthquake: { text: x, visibility: public }'), file: file('2025-26'), asOf: '2026-02-20',
      errors: [{ line: 4, column: 1, message: /Missing section `immigrationEnforcementNotice`.*SB 98, 2025.*March 1, 2026/ }],
    },
    {
      name: 'adopted before SB 98, past its March 1, 2026 due date',
      yaml: plan('2025-26', '2025-09-10', '  earthquake: { text: x, visibility: public }'), file: file('2025-26'), asOf: '2026-03-02',
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'an empty section',
      yaml: plan('2026-27', undefined, '  immigrationEnforcementNotice:\n    text: ""\n    visibility: public'), asOf: '2026-11-23',
      errors: [{ line: 3, column: 3, message: 'has no text and no district standard' }],
    },
  ],
});

testRule(childProtection, {
  valid: [
    { name: 'both parts', yaml: plan('2026-27', undefined, '  crimeAssessment: { text: x, allCrime: true, visibility: public }\n  childProtection: { standard: child-protection, visibility: public }'), asOf: '2026-11-23' },
    { name: 'adopted before SB 848 took effect', yaml: plan('2025-26', '2025-12-15', '  crimeAssessment: { text: x, visibility: public }'), file: file('2025-26'), asOf: '2026-05-01' },
  ],
  invalid: [
    {
      name: 'a plan in progress without either part',
      yaml: plan('2026-27', undefined, '  crimeAssessment:\n    text: x\n    visibility: public'), asOf: '2026-11-23',
      errors: [
        { line: 2, column: 1, message: 'Missing section `childProtection`' },
        { line: 3, column: 3, message: 'covers all crime' },
      ],
    },
  ],
});

testRule(disabilityAdaptations, {
  valid: [
    { name: 'reviewed in the cycle', yaml: plan('2026-27', undefined, '  disabilityAdaptations:\n    text: x\n    reviewed: 2026-10-07\n    visibility: public'), asOf: '2026-11-23' },
    { name: 'adopted before SB 323 took effect', yaml: plan('2023-24', '2023-12-01', '  earthquake: { text: x, visibility: public }'), file: file('2023-24'), asOf: '2023-12-20' },
  ],
  invalid: [
    { name: 'missing', yaml: plan('2026-27', undefined, '  earthquake: { text: x, visibility: public }'), asOf: '2026-11-23', errors: [{ line: 2, column: 1, message: 'Missing section `disabilityAdaptations`' }] },
    {
      name: 'a review from last year, in an adopted plan',
      yaml: plan('2026-27', '2027-02-10', '  disabilityAdaptations:\n    text: x\n    reviewed: 2026-05-01\n    visibility: public'), asOf: '2027-02-20',
      errors: [{ line: 7, column: 15, message: 'before this plan\'s cycle began on July 1, 2026', severity: 'error' }],
    },
    {
      name: 'no review date in a draft: a warning',
      yaml: plan('2026-27', undefined, '  disabilityAdaptations:\n    text: x\n    visibility: public'), asOf: '2026-11-23',
      errors: [{ line: 3, column: 3, message: 'do not say when they were last reviewed', severity: 'warning' }],
    },
  ],
});

testRule(dangerousActivityReports, {
  valid: [{ name: 'with the section', yaml: plan('2026-27', undefined, '  dangerousActivityReports: { standard: dangerous-activity-reports, visibility: public }'), asOf: '2026-11-23' }],
  invalid: [
    {
      name: 'missing, whatever requiredSections says',
      yaml: plan('2026-27', undefined, '  earthquake: { text: x, visibility: public }'), asOf: '2026-11-23',
      config: { ...testConfig, requiredSections: { dangerousActivityReports: false } },
      errors: [{ line: 2, column: 1, message: /SB 671, 2023/ }],
    },
  ],
});
