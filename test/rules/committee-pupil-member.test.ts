import rule from '../../src/rules/committee-pupil-member.js';
import { testRule } from '../helpers/rule-tester.js';
import { testConfig } from '../helpers/config.js';

const plan = (grades: string, ...roles: string[]) =>
  [`site:\n  grades: ${grades}`, 'committee:', '  members:', ...roles.map((r, i) => `    - { name: Member ${i}, role: ${r} }`)].join('\n');
const high = '/district/plans/2026-27/test-high.yaml';

testRule(rule, {
  valid: [
    { name: 'elementary school needs no pupil', yaml: plan('TK-5', 'principal') },
    { name: 'K-8 needs no pupil', yaml: plan('K-8', 'principal') },
    { name: 'high school with a student member', yaml: plan('9-12', 'principal', 'student'), file: high },
    {
      name: 'policy off: pupilMemberForGrades9to12 false',
      yaml: plan('9-12', 'principal'),
      file: high,
      config: { ...testConfig, drillPolicy: { ...testConfig.drillPolicy, pupilMemberForGrades9to12: false } },
    },
    {
      name: 'rule off in config rules:',
      yaml: plan('9-12', 'principal'),
      file: high,
      config: { ...testConfig, rules: { 'committee-pupil-member': { severity: 'off', reason: 'AB 3199 not enacted' } } },
    },
    { name: 'no grades: nothing to decide', yaml: 'committee:\n  members: []\n' },
  ],
  invalid: [
    {
      name: 'high school without a pupil',
      yaml: plan('9-12', 'principal', 'teacher'),
      file: high,
      errors: [{ line: 4, column: 3, message: 'serves grades 9-12, and the committee has no pupil member', severity: 'warning' }],
    },
    {
      name: 'K-12 without a pupil',
      yaml: plan('K-12', 'principal'),
      errors: [{ line: 4, column: 3, message: 'role `student`' }],
    },
    {
      name: 'policy unset (no config): on by default',
      yaml: plan('7-9', 'principal'),
      config: null,
      errors: [{ line: 4, column: 3, message: 'grades 7-9' }],
    },
    {
      name: 'policy key left out of drillPolicy: on by default',
      yaml: plan('9-12', 'principal'),
      config: { ...testConfig, drillPolicy: { lockdownPerYear: 2 } },
      errors: [{ line: 4, column: 3 }],
    },
  ],
});
