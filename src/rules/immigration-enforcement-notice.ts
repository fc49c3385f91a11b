import { requirementById } from '../law/requirements.js';
import { sectionRequirementRule } from './shared/section-requirement.js';

// SB 98 (2025), an urgency statute: the plan includes procedures to notify parents and guardians,
// teachers, administrators and school personnel when the school confirms immigration enforcement
// on the schoolsite, at its next review and by March 1, 2026 at the latest, until the provision is
// repealed on January 1, 2031 (src/law/requirements.ts has the dates).
export default sectionRequirementRule(
  requirementById('immigration-enforcement-notice'),
  'From the first review on or after 2025-09-20, and in every plan in use by March 1, 2026, the plan has procedures to notify families and staff when the school confirms immigration enforcement on the schoolsite (SB 98). Not checked from January 1, 2031, when the provision is repealed.',
  { kind: 'statute', note: 'SB 98 as its digest reports it; the content and timing of the notice are the district\'s, so cssp checks that the procedures are there, not what they say.' },
);
