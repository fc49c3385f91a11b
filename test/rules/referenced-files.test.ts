import rule from '../../src/rules/referenced-files.js';
import { testRule } from '../helpers/rule-tester.js';

const yaml = `sections:
  childAbuseReporting:
    standard: child-abuse-reporting
    visibility: public
  dressCode: { adopted: true, standard: dress-code, visibility: public }
responder:
  maps:
    - title: Campus
      file: maps/campus.svg
`;

testRule(rule, {
  valid: [
    { name: 'standards and map exist', yaml, files: ['standards/child-abuse-reporting.md', 'standards/dress-code.md', 'plans/2026-27/maps/campus.svg'] },
  ],
  invalid: [
    {
      name: 'missing standard and missing map',
      yaml,
      files: ['standards/child-abuse-reporting.md'],
      errors: [
        { line: 5, column: 41, message: 'District standard `dress-code` not found' },
        { line: 9, column: 13, message: 'Map image `maps/campus.svg` not found' },
      ],
    },
  ],
});
