import { requirementById } from '../law/requirements.js';
import { sectionRequirementRule } from './shared/section-requirement.js';

// SB 671 (2023): procedures to assess and respond to reports of dangerous, violent or unlawful
// activity at the school, at school-sponsored activities or on a school bus. Statute, so no
// district setting turns it off (requiredSections.dangerousActivityReports is deprecated and has
// no effect; cssp warns where it is still set).
export default sectionRequirementRule(
  requirementById('dangerous-activity-reports'),
  'The plan has procedures to assess and respond to reports of dangerous, violent or unlawful activity at the school, at school-sponsored activities or on a school bus (SB 671, in force 2024-01-01).',
  { kind: 'statute', note: 'SB 671 as its digest reports it. The subdivision letter it added to EC 32282 is not confirmed, so the citation names none.' },
);
