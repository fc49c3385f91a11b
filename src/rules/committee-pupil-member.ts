import { servesAnyGrade } from '../plan/grades.js';
import { memberRoles } from '../plan/committee.js';
import { definePlanRule } from './types.js';

// Two sources, two strengths. A School Site Council at a secondary school already has pupils
// chosen by pupils (EC 65000): statute, an error. For a delegated safety planning committee, AB
// 3199 (2024) proposed a pupil member for schools serving grades 9-12, but only its introduced
// text is found, so that is district policy, off unless drillPolicy.pupilMemberForGrades9to12.
export default definePlanRule({
  meta: {
    id: 'committee-pupil-member',
    severity: 'warning',
    citation: 'EC 65000 (School Site Council); district policy for a safety committee (AB 3199, 2024, found only as introduced)',
    description:
      'A School Site Council that writes the plan of a school serving any of grades 9-12 has a pupil member (error); a delegated safety committee there needs one only under drillPolicy.pupilMemberForGrades9to12 (warning).',
    reading: {
      kind: 'district policy',
      note:
        'For a School Site Council at a secondary school this is statute (EC 65000). For a safety planning committee it is district policy: AB 3199 (2024) apparently never became law, so the check is off unless drillPolicy.pupilMemberForGrades9to12 is true.',
      setting: 'drillPolicy.pupilMemberForGrades9to12',
    },
    messages: {
      councilNoPupil: 'This school serves grades {{grades}}, and its School Site Council has no pupil member (role `student`). At a secondary school the council includes pupils chosen by pupils (EC 65000).',
      committeeNoPupil: 'This school serves grades {{grades}}, and the committee has no pupil member (role `student`), which district policy (drillPolicy.pupilMemberForGrades9to12) requires. State law does not appear to: AB 3199 (2024), which proposed it, is found only as introduced.',
    },
  },
  check({ plan, config, report }) {
    const grades = plan.site?.grades;
    if (!servesAnyGrade(grades, 9, 12)) return;
    if (memberRoles(plan).has('student')) return;
    if (plan.committee?.authoringBody === 'schoolsite-council') {
      report({
        path: ['committee', 'members'],
        severity: 'error',
        messageId: 'councilNoPupil', data: { grades },
        hint: 'Add the pupil members under `committee.members` with `role: student` (for example the pupils elected to the council by the student body).',
      });
      return;
    }
    if (config?.drillPolicy?.pupilMemberForGrades9to12 !== true) return;
    report({
      path: ['committee', 'members'],
      messageId: 'committeeNoPupil', data: { grades },
      hint: 'Add a pupil (for example a student government representative) under `committee.members` with `role: student`, or change drillPolicy.pupilMemberForGrades9to12 in cssp.config.yaml.',
    });
  },
});
