import { applicability, planDates, timeline } from '../law/applies.js';
import { requirementById } from '../law/requirements.js';
import { longDate } from '../util/long-date.js';
import { reportUnwrittenSection } from './shared/section-requirement.js';
import { definePlanRule } from './types.js';

// SB 848 (2025, ch. 460), in force 2026-01-01: at the plan's next review, and by July 1, 2026 at
// the latest, (1) procedures designed to supervise and protect children from child abuse or
// neglect and from sex offenses, beside the reporting procedures, and (2) a crime assessment of all
// crime on campus and at school-related functions, not only school crime. Each has a place cssp
// checks: the childProtection section, and allCrime: true on the crime assessment.
const REQ = requirementById('child-protection');

export default definePlanRule({
  meta: {
    id: 'child-protection',
    severity: 'error',
    citation: REQ.source.citation,
    description:
      'From the first review on or after 2026-01-01, and in every plan in use by July 1, 2026: procedures to supervise and protect children from abuse or neglect and sex offenses (section childProtection), and a crime assessment of all crime on campus and at school-related functions (crimeAssessment.allCrime: true) (SB 848).',
    reading: { kind: 'statute', note: 'SB 848 as its digest reports it. The subdivision letter of the new procedures is not confirmed. cssp checks that the procedures are there and that the assessment says it covers all crime, not what they say.' },
    messages: {
      missing: 'Missing section `childProtection`: procedures to supervise and protect children from child abuse or neglect and sex offenses (SB 848, 2025; {{when}}).',
      empty: 'Section `childProtection` has no text and no district standard (SB 848, 2025).',
      notAllCrime: 'The crime assessment does not say it covers all crime on campus and at school-related functions (`allCrime: true`), as SB 848 (2025) requires from {{since}}.',
    },
  },
  check({ plan, asOf, report }) {
    if (!applicability(REQ, planDates(plan), asOf).applies) return;
    const when = timeline(REQ, longDate);
    reportUnwrittenSection(REQ, plan, report, { when },
      'Add `childProtection:` under `sections:` with `text:` (or a district `standard:`) and a visibility: supervision of pupils, adult-pupil boundaries, screening of staff and volunteers, what is done when a concern is raised.');
    const crime = plan.sections?.crimeAssessment;
    if (crime && !crime.status && crime.allCrime !== true) {
      report({
        path: ['sections', 'crimeAssessment', ...(crime.allCrime === undefined ? [] : ['allCrime'])],
        messageId: 'notAllCrime',
        data: { since: longDate(REQ.effective) },
        hint: 'Assess all crime committed on campus and at school-related functions (not only school-related crime), then add `allCrime: true` under `crimeAssessment:`.',
      });
    }
  },
});
