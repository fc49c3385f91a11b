import rule from '../../src/rules/required-sections.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const allBut = (omit: string, extra = '') =>
  [
    'sections:',
    ...['crimeAssessment', 'safetyStrategies', 'childAbuseReporting', 'disasterProcedures', 'earthquake', 'shelterAgreement',
      'suspensionExpulsion', 'dangerousPupilNotice', 'discriminationHarassment', 'ingressEgress', 'safeEnvironment',
      'disciplineRules', 'tacticalResponse', 'dangerousActivityReports']
      .filter((k) => k !== omit)
      .map((k) => `  ${k}: { standard: ${k.toLowerCase()}, visibility: public }`),
    extra,
  ].join('\n');

testRule(rule, {
  valid: [
    { name: 'all sections by standard', yaml: allBut('') },
    {
      name: 'dangerousActivityReports is not this rule\'s: dangerous-activity-reports checks it (SB 671), whatever requiredSections says',
      yaml: allBut('dangerousActivityReports'),
      config: { ...testConfig, requiredSections: { dangerousActivityReports: true } },
    },
  ],
  invalid: [
    {
      name: 'earthquake missing: reported on sections:',
      yaml: allBut('earthquake'),
      errors: [{ line: 1, column: 1, message: 'Missing section `earthquake`' }],
    },
    {
      name: 'blank text',
      yaml: allBut('safeEnvironment', '  safeEnvironment:\n    text: "   "\n    visibility: public'),
      errors: [{ line: 15, column: 3, message: 'has no text and no district standard' }],
    },
    {
      name: 'no sections at all: one finding per section, all at 1:1',
      yaml: 'schoolYear: 2026-27\n',
      errors: Array.from({ length: 13 }, () => ({ line: 1, column: 1 })),
    },
  ],
});
