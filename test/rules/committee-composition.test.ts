import rule from '../../src/rules/committee-composition.js';
import { testRule } from '../helpers/rule-tester.js';

const committee = (...roles: string[]) =>
  ['committee:', '  members:', ...roles.map((r, i) => `    - { name: Member ${i}, role: ${r} }`)].join('\n');

testRule(rule, {
  valid: [
    { name: 'all four roles', yaml: committee('principal', 'teacher', 'parent', 'classified') },
    { name: 'all four roles plus others', yaml: committee('other', 'classified', 'parent', 'teacher', 'student', 'principal', 'fire') },
  ],
  invalid: [
    {
      name: 'a School Site Council without a classified member: a warning (EC 65000 sets its make-up)',
      yaml: 'committee:\n  authoringBody: schoolsite-council\n  members:\n    - { name: A, role: principal }\n    - { name: B, role: teacher }\n    - { name: C, role: parent }\n',
      errors: [{ line: 3, column: 3, message: 'The School Site Council has no member with role `classified`', severity: 'warning' }],
    },
    {
      name: 'no teacher',
      yaml: committee('principal', 'parent', 'classified'),
      errors: [{ line: 2, column: 3, message: 'a teacher who represents the certificated employee organization' }],
    },
    {
      name: 'no parent and no classified: one finding each',
      yaml: committee('principal', 'teacher', 'other'),
      errors: [
        { line: 2, column: 3, message: 'role `parent`' },
        { line: 2, column: 3, message: 'a classified employee who represents the classified employee organization' },
      ],
    },
    {
      name: 'no members key: reported on committee:',
      yaml: 'committee:\n  authoringBody: safety-committee\n',
      errors: [
        { line: 1, column: 1, message: 'principal' },
        { line: 1, column: 1, message: 'teacher' },
        { line: 1, column: 1, message: 'parent' },
        { line: 1, column: 1, message: 'classified' },
      ],
    },
    {
      name: 'members is not a list (schema error): still read safely',
      yaml: 'committee:\n  members: nobody\n',
      errors: Array.from({ length: 4 }, () => ({ line: 2, column: 12 })),
    },
  ],
});
