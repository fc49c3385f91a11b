import rule from '../../src/rules/dress-code.js';
import { testRule } from '../helpers/rule-tester.js';

const dress = (...lines: string[]) => ['sections:', '  dressCode:', ...lines.map((l) => `    ${l}`), '    visibility: public'].join('\n');

testRule(rule, {
  valid: [
    { name: 'adopted with text', yaml: dress('adopted: true', 'text: No gang-related apparel.') },
    { name: 'adopted with a district standard', yaml: dress('adopted: true', 'standard: dress-code') },
    { name: 'not adopted', yaml: dress('adopted: false') },
    { name: 'not adopted, blank text is harmless', yaml: dress('adopted: false', 'text: ""') },
  ],
  invalid: [
    { name: 'section missing', yaml: 'sections:\n  earthquake: { standard: eq, visibility: public }', errors: [{ line: 1, column: 1, message: 'does not say whether the school adopted' }] },
    { name: 'adopted not stated', yaml: dress('text: Something'), errors: [{ line: 2, column: 3, message: 'does not say whether' }] },
    { name: 'adopted without text', yaml: dress('adopted: true'), errors: [{ line: 2, column: 3, message: 'the plan does not include it', severity: 'error' }] },
    {
      name: 'not adopted but has text',
      yaml: dress('adopted: false', 'text: No gang colors.'),
      errors: [{ line: 4, column: 11, message: '`text` is ignored because `adopted` is false', severity: 'warning' }],
    },
    {
      name: 'not adopted but names a standard',
      yaml: dress('adopted: false', 'standard: dress-code'),
      errors: [{ line: 4, column: 15, message: '`standard` is ignored', severity: 'warning' }],
    },
  ],
});
