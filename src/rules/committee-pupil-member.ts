import { servesAnyGrade } from '../plan/grades.js';
import { memberRoles } from '../plan/committee.js';
import { definePlanRule } from './types.js';

// AB 3199 (2024) adds a pupil to the safety committee of schools serving grades 9-12. Its
// enactment is not confirmed, so a district can turn the requirement off in its config.
export default definePlanRule({
  meta: {
    id: 'committee-pupil-member',
    severity: 'warning',
    citation: 'EC 32281(b)(2) as amended by AB 3199 (2024)',
    description:
      'A site serving any of grades 9-12 has a pupil on the committee; configurable with drillPolicy.pupilMemberForGrades9to12 or rules: off with a reason.',
    verify:
      'Enactment of AB 3199 (2024) is not confirmed. Set drillPolicy.pupilMemberForGrades9to12: false in cssp.config.yaml, or turn the rule off under rules: with a reason.',
  },
  check({ plan, config, report }) {
    if (config?.drillPolicy?.pupilMemberForGrades9to12 === false) return;
    const grades = plan.site?.grades;
    if (!servesAnyGrade(grades, 9, 12)) return;
    if (memberRoles(plan).has('student')) return;
    report({
      path: ['committee', 'members'],
      message: `This school serves grades ${grades}, and the committee has no pupil member (role \`student\`), which AB 3199 (2024) adds for schools serving grades 9-12.`,
      hint: 'Add a pupil (for example a student government representative) under `committee.members` with `role: student`.',
    });
  },
});
