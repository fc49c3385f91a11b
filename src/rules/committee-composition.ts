import { memberRoles } from '../plan/committee.js';
import { definePlanRule } from './types.js';

// EC 32281(b)(2): the school safety planning committee has at least the principal or designee,
// a teacher for the certificated union, a parent of a current pupil and a classified employee
// for the classified union. When the School Site Council writes the plan itself, its make-up is
// set by EC 65000 (principal, teachers, other school personnel, parents): a council without a
// classified member may still be lawful, so that finding is only a warning there.
const REQUIRED: ReadonlyArray<[role: string, who: string]> = [
  ['principal', 'the principal or the principal\'s designee'],
  ['teacher', 'a teacher who represents the certificated employee organization (the teachers\' union)'],
  ['parent', 'a parent whose child attends the school'],
  ['classified', 'a classified employee who represents the classified employee organization'],
];

export default definePlanRule({
  meta: {
    id: 'committee-composition',
    severity: 'error',
    citation: 'EC 32281(b)(2)',
    description: 'The committee includes a principal (or designee), a union teacher, a parent and a union classified employee (for a School Site Council, a missing classified member is a warning).',
  },
  check({ plan, report }) {
    const roles = memberRoles(plan);
    const council = plan.committee?.authoringBody === 'schoolsite-council';
    for (const [role, who] of REQUIRED) {
      if (roles.has(role)) continue;
      const lenient = council && role === 'classified';
      report({
        path: ['committee', 'members'],
        message: lenient
          ? `The School Site Council has no member with role \`classified\`. EC 32281(b)(2) asks a safety planning committee for ${who}; a council (EC 65000) needs other school personnel, usually a classified employee.`
          : `The committee has no member with role \`${role}\`: EC 32281(b)(2) requires ${who}.`,
        hint: `Add a member under \`committee.members\` with \`name:\` and \`role: ${role}\` (and \`representing:\`).`,
        severity: lenient ? 'warning' : undefined,
      });
    }
  },
});
