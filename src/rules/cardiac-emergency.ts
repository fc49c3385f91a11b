import { hasContent } from '../plan/sections.js';
import { adoptedOn, yearStart } from '../plan/deadlines.js';
import { definePlanRule } from './types.js';

// AB 2887 (2024) adds sudden cardiac arrest and similar medical emergencies, including where the
// AEDs are, to plans reviewed on or after July 1, 2025.
const EFFECTIVE = '2025-07-01';

export default definePlanRule({
  meta: {
    id: 'cardiac-emergency',
    severity: 'error',
    citation: 'EC 32282 (AB 2887, 2024)',
    description: 'Plans reviewed from July 1, 2025 (school year 2025-26 on) have cardiac emergency procedures and list AED locations.',
  },
  check({ plan, report }) {
    // "Reviewed" is the adoption date, or the start of the school year when not adopted yet.
    const reviewed = adoptedOn(plan) ?? yearStart(plan);
    if (reviewed !== undefined && reviewed < EFFECTIVE) return;
    if (!hasContent(plan.sections?.cardiacEmergency)) {
      report({
        path: ['sections', 'cardiacEmergency'],
        message: 'The plan has no procedures for sudden cardiac arrest or a similar life-threatening medical emergency, which AB 2887 (2024) requires in plans reviewed from July 1, 2025.',
        hint: 'Add `cardiacEmergency:` under `sections:` with `text:` (who calls 911, who brings the AED, who starts CPR) or a district `standard:`.',
      });
    }
    const utilities = plan.responder?.utilities;
    if (!Array.isArray(utilities) || !utilities.some((u) => u?.kind === 'aed')) {
      report({
        path: ['responder', 'utilities'],
        severity: 'warning',
        message: 'No AED locations are listed: the cardiac emergency procedures include where the AEDs are, and responders look for them too.',
        hint: 'Add an entry under `responder.utilities` with `kind: aed` and `location:` for each AED on campus.',
      });
    }
  },
});
