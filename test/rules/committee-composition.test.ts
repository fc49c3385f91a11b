import rule from '../../src/rules/committee-composition.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// Members are written `role` or `role/representing`. Line 3 is `members:`; member i is on line 4 + i.
const UNIT = { teacher: 'Harbor Vista Teachers Association (certificated bargaining unit)', classified: 'CSEA Chapter 123' };
const committee = (body: string, ...members: string[]) =>
  ['committee:', `  authoringBody: ${body}`, '  members:', ...members.map((m, i) => {
    const [role, representing] = m.split('/');
    return `    - { name: Member ${i}, role: ${role}${representing ? `, representing: ${representing}` : ''} }`;
  })].join('\n');
const units = { ...testConfig, district: { ...testConfig.district, bargainingUnits: { certificated: ['Harbor Vista Teachers Association'], classified: ['CSEA Chapter 512'] } } };
const safety = (...m: string[]) => committee('safety-committee', ...m);
const council = (...m: string[]) => committee('schoolsite-council', ...m);
const teacher = `teacher/${UNIT.teacher}`;
const classified = `classified/${UNIT.classified}`;

testRule(rule, {
  valid: [
    { name: 'safety committee: the four members, union members naming their units', yaml: safety('principal', teacher, 'parent', classified) },
    { name: 'safety committee: one union teacher among others is enough', yaml: safety('other', 'teacher', classified, 'parent', teacher, 'student', 'principal', 'fire') },
    { name: 'safety committee: SEIU Local 99 names a unit', yaml: safety('principal', teacher, 'parent', 'classified/SEIU Local 99') },
    { name: 'School Site Council (EC 65000): no union members needed', yaml: council('principal', 'teacher', 'parent', 'classified') },
    { name: 'School Site Council: a counselor (other) is other school personnel', yaml: council('principal', 'teacher', 'parent', 'other') },
    { name: 'the units the config lists', yaml: safety('principal', 'teacher/HVTA (Harbor Vista Teachers Association)', 'parent', 'classified/CSEA Chapter 512'), config: units },
  ],
  invalid: [
    {
      name: 'a teacher representing the PTSA: a parent organisation is never a bargaining unit',
      yaml: safety('principal', 'teacher/Bayside PTSA (Parent Teacher Student Association)', 'parent', classified),
      errors: [{ line: 5, column: 54, message: 'names the certificated bargaining unit' }],
    },
    {
      name: 'a union the config does not list',
      yaml: safety('principal', 'teacher/California Federation of Teachers', 'parent', 'classified/CSEA Chapter 512'),
      config: units,
      errors: [{ line: 5, column: 54, message: "the district's certificated bargaining unit (Harbor Vista Teachers Association)" }],
    },
    {
      name: 'School Site Council without other school personnel: an error under EC 65000',
      yaml: council('principal', 'teacher', 'parent'),
      errors: [{ line: 3, column: 3, message: 'The School Site Council has no member with role `classified` or `other`: EC 65000', severity: 'error' }],
    },
    {
      name: 'School Site Council without teachers or parents',
      yaml: council('principal', 'classified'),
      errors: [
        { line: 3, column: 3, message: 'role `teacher`: EC 65000 makes the council up of teachers chosen by the teachers' },
        { line: 3, column: 3, message: 'role `parent`' },
      ],
    },
    {
      name: 'safety committee: no teacher',
      yaml: safety('principal', 'parent', classified),
      errors: [{ line: 3, column: 3, message: 'a teacher who represents the certificated bargaining unit' }],
    },
    {
      name: 'safety committee: teacher without representing, reported on the member',
      yaml: safety('principal', 'teacher', 'parent', classified),
      errors: [{ line: 5, column: 7, message: "No teacher member's `representing` names the certificated bargaining unit" }],
    },
    {
      name: 'safety committee: classified member representing the PTA, reported on representing',
      yaml: safety('principal', teacher, 'parent', 'classified/Cypress Grove PTA'),
      errors: [{ line: 7, column: 57, message: 'names the classified bargaining unit' }],
    },
    {
      name: 'safety committee: no parent and no classified, one finding each',
      yaml: safety('principal', teacher, 'other'),
      errors: [
        { line: 3, column: 3, message: 'role `parent`' },
        { line: 3, column: 3, message: 'a classified employee who represents the classified bargaining unit' },
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
