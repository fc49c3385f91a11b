import rule from '../../src/rules/tactical-confidential.js';
import { testRule } from '../helpers/rule-tester.js';

const tactical = (visibility: string) => `sections:\n  tacticalResponse:\n    standard: tactical\n    visibility: ${visibility}\n`;

testRule(rule, {
  valid: [
    { name: 'confidential', yaml: tactical('confidential') },
    { name: 'responder', yaml: tactical('responder') },
    { name: 'section missing: required-sections reports it', yaml: 'sections: {}\n' },
  ],
  invalid: [
    { name: 'public', yaml: tactical('public'), errors: [{ line: 4, column: 17, message: 'can help an attacker', severity: 'warning' }] },
  ],
});
