import rule from '../../src/rules/site-registry.js';
import { testRule } from '../helpers/rule-tester.js';

const site = (fields: string) => `site:\n  id: test-elementary\n${fields}`;

testRule(rule, {
  valid: [
    { name: 'agrees with the registry', yaml: site('  name: Test Elementary School\n  level: elementary\n  grades: TK-5\n') },
    { name: 'no config: nothing to compare', yaml: 'site: { id: nowhere }\n', config: null },
  ],
  invalid: [
    {
      name: 'not in the registry',
      yaml: 'site:\n  id: nowhere\n',
      errors: [{ line: 2, column: 7, message: 'Site `nowhere` is not in the site registry' }],
    },
    {
      name: 'level and grades disagree',
      yaml: site('  name: Test Elementary School\n  level: k8\n  grades: TK-8\n'),
      errors: [
        { line: 4, column: 10, message: 'site.level is `k8` but the registry says `elementary`' },
        { line: 5, column: 11, message: 'site.grades is `TK-8` but the registry says `TK-5`' },
      ],
    },
  ],
});
