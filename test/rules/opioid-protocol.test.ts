import rule from '../../src/rules/opioid-protocol.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (grades: string, section = '') => `site:\n  grades: ${grades}\nsections:\n${section}  safeEnvironment: { standard: safe, visibility: public }\n`;
const protocol = '  opioidOverdose: { standard: opioid-overdose, visibility: public }\n';

testRule(rule, {
  valid: [
    { name: 'TK-5 needs no protocol', yaml: plan('TK-5') },
    { name: 'K-6 needs no protocol', yaml: plan('K-6') },
    { name: 'middle school with a protocol', yaml: plan('6-8', protocol) },
    { name: 'turned off in config (verify-flagged)', yaml: plan('9-12'), config: { ...testConfig, rules: { 'opioid-protocol': { severity: 'off', reason: 'Board counsel advises it is not in EC 32282' } } } },
  ],
  invalid: [
    { name: 'K-8 without a protocol', yaml: plan('K-8'), errors: [{ line: 3, column: 1, message: 'serves grades K-8: SB 10 (2023)' }] },
    { name: 'grade 7 only', yaml: plan('7'), errors: [{ line: 3, column: 1, message: 'grades 7-12' }] },
    {
      name: 'high school with an empty protocol',
      yaml: plan('9-12', '  opioidOverdose:\n    text: " "\n    visibility: public\n'),
      errors: [{ line: 4, column: 3, message: 'opioid overdose protocol' }],
    },
  ],
});
