import { servesAnyGrade } from '../plan/grades.js';
import { hasContent } from '../plan/sections.js';
import { applicability, planDates } from '../law/applies.js';
import { requirementById } from '../law/requirements.js';
import { definePlanRule } from './types.js';

// AB 2887 (2024) adds procedures for sudden cardiac arrest and similar medical emergencies to plans
// reviewed on or after July 1, 2025. Where the AEDs are comes from elsewhere: Health & Safety Code
// 1797.196 has staff told each year where the AEDs are, and AB 3262 (2024) tells pupils in grades
// 6-12 too. So the AED finding cites those, not AB 2887.
const REQ = requirementById('cardiac-emergency');

export default definePlanRule({
  meta: {
    id: 'cardiac-emergency',
    severity: 'error',
    citation: 'EC 32282, letter unverified (AB 2887, 2024); AED locations: H&S Code 1797.196, AB 3262 (2024) for grades 6-12',
    description:
      'Plans reviewed from July 1, 2025 (school year 2025-26 on) have cardiac emergency procedures (AB 2887); the responder packet lists AED locations (a warning; H&S Code 1797.196, and AB 3262 where pupils in grades 6-12 are told).',
    reading: {
      kind: 'interpretation',
      note: 'AB 2887 applies when the plan is next reviewed on or after 2025-07-01; cssp takes the adoption date as the review (a plan not adopted yet is being reviewed now). AED locations come from H&S Code 1797.196 and AB 3262, not AB 2887. A district that dates its review otherwise sets this rule\'s severity.',
      setting: 'rules',
    },
    messages: {
      noProcedures: 'The plan has no procedures for sudden cardiac arrest or a similar life-threatening medical emergency, which AB 2887 (2024) requires in plans reviewed from July 1, 2025.',
      noAed: 'No AED locations are listed. Health & Safety Code 1797.196 has staff told each year where the AEDs are, and responders look for them.',
      noAedPupils: 'No AED locations are listed. Health & Safety Code 1797.196 has staff told each year where the AEDs are, AB 3262 (2024) has pupils in grades 6-12 told too, and responders look for them.',
    },
  },
  check({ plan, asOf, report }) {
    // "Reviewed" is the adoption date; a plan not adopted yet is being reviewed now (law/applies.ts).
    if (!applicability(REQ, planDates(plan), asOf).applies) return;
    if (!hasContent(plan.sections?.cardiacEmergency)) {
      report({
        path: ['sections', 'cardiacEmergency'],
        messageId: 'noProcedures',
        hint: 'Add `cardiacEmergency:` under `sections:` with `text:` (who calls 911, who brings the AED, who starts CPR) or a district `standard:`.',
      });
    }
    const utilities = plan.responder?.utilities;
    if (!Array.isArray(utilities) || !utilities.some((u) => u?.kind === 'aed')) {
      report({
        path: ['responder', 'utilities'],
        severity: 'warning',
        messageId: servesAnyGrade(plan.site?.grades, 6, 12) ? 'noAedPupils' : 'noAed',
        hint: 'Add an entry under `responder.utilities` with `kind: aed` and `location:` for each AED on campus.',
      });
    }
  },
});
