import rule from '../../src/rules/plan-location.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'matches plans/2026-27/test-elementary.yaml', yaml: 'schoolYear: 2026-27\nsite:\n  id: test-elementary\n' },
    { name: 'file outside a year folder: only the id is compared', yaml: 'schoolYear: 2024-25\nsite: { id: x }\n', file: '/tmp/x.yaml' },
  ],
  invalid: [
    {
      name: "last year's schoolYear left in a copied plan",
      yaml: 'schoolYear: 2025-26\nsite:\n  id: test-elementary\n',
      errors: [{ line: 1, column: 13, message: 'schoolYear is 2025-26 but the file is in the 2026-27 folder' }],
    },
    {
      name: 'site id differs from the file name',
      yaml: 'schoolYear: 2026-27\nsite:\n  id: test-elem\n',
      errors: [{ line: 3, column: 7, message: 'site.id is `test-elem` but the file is named test-elementary.yaml' }],
    },
  ],
});
