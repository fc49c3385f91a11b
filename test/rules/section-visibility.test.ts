import rule from '../../src/rules/section-visibility.js';
import { testRule } from '../helpers/rule-tester.js';

// One section per line from line 2; `visibility:` values start at column key length + 32.
const sections = (...entries: [key: string, visibility: string][]) =>
  ['sections:', ...entries.map(([k, v]) => `  ${k}: { standard: x, visibility: ${v} }`)].join('\n');

testRule(rule, {
  valid: [
    { name: 'everything public', yaml: sections(['ingressEgress', 'public'], ['childAbuseReporting', 'public']) },
    { name: 'tactical responses may be confidential (EC 32281)', yaml: sections(['tacticalResponse', 'confidential'], ['ingressEgress', 'public']) },
    { name: 'tactical responses may be responder-only', yaml: sections(['tacticalResponse', 'responder']) },
    { name: 'an optional section (EC 32282.1) may be kept back', yaml: sections(['mentalHealthRoles', 'confidential']) },
    { name: 'no sections', yaml: 'sections: {}\n' },
  ],
  invalid: [
    {
      name: 'ingress and egress hidden from the public',
      yaml: sections(['ingressEgress', 'responder']),
      errors: [{ line: 2, column: 45, message: 'Section `ingressEgress` (Safe ingress and egress, EC 32282(a)(2)(G)) is responder', severity: 'warning' }],
    },
    {
      name: 'conditional sections too: armed-assailant procedures confidential, with the unverified letter cited',
      yaml: sections(['tacticalResponse', 'confidential'], ['armedAssailantDrills', 'confidential']),
      errors: [{ line: 3, column: 52, message: 'Armed-assailant drill procedures, EC 32282, letter unverified (AB 1858, 2024)) is confidential' }],
    },
    {
      name: 'two hidden sections: one finding each',
      yaml: sections(['childAbuseReporting', 'confidential'], ['dressCode', 'responder']),
      errors: [
        { line: 2, column: 51, message: 'childAbuseReporting' },
        { line: 3, column: 41, message: 'dressCode' },
      ],
    },
  ],
});
