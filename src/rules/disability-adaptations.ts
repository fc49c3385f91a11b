import { applicability, planDates, timeline } from '../law/applies.js';
import { requirementById } from '../law/requirements.js';
import { adoptedOn, adoptionDeadline } from '../plan/deadlines.js';
import { planCycle } from '../plan/plan-cycle.js';
import { schoolYearOf } from '../plan/school-year.js';
import { isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { reportUnwrittenSection } from './shared/section-requirement.js';
import { definePlanRule } from './types.js';

// SB 323 (2023, ch. 599): the disaster procedures include adaptations for pupils with disabilities
// under the ADA, IDEA and Section 504, reviewed each year; a concern about a pupil's access to the
// procedures goes to the principal. The adaptations have a section of their own with the date they
// were last reviewed, so a plan without them is found by its structure, not by searching its text.
const REQ = requirementById('disability-adaptations');

export default definePlanRule({
  meta: {
    id: 'disability-adaptations',
    severity: 'error',
    citation: REQ.source.citation,
    description:
      'The plan has the disaster procedures\' adaptations for pupils with disabilities (ADA, IDEA, Section 504) in section disabilityAdaptations, with the date they were last reviewed, within the plan\'s cycle (SB 323, from 2024-01-01); a missing or old review date is a warning until the plan is adopted or overdue.',
    reading: {
      kind: 'interpretation',
      note: 'SB 323 asks for a yearly review of the adaptations; cssp reads "yearly" as within the cycle of the plan\'s school year (planCycle, July 1 to June 30 by default).',
      setting: 'planCycle',
    },
    messages: {
      missing: 'Missing section `disabilityAdaptations`: the disaster procedures\' adaptations for pupils with disabilities under the ADA, IDEA and Section 504 (SB 323, 2023; {{when}}).',
      empty: 'Section `disabilityAdaptations` has no text and no district standard (SB 323, 2023).',
      notReviewed: 'The adaptations for pupils with disabilities do not say when they were last reviewed (`reviewed:`); SB 323 (2023) has them reviewed each year.',
      reviewedBefore: 'The adaptations for pupils with disabilities were last reviewed on {{reviewed}}, before this plan\'s cycle began on {{cycleStart}}; SB 323 (2023) has them reviewed each year.',
    },
  },
  check({ plan, config, asOf, report }) {
    if (!applicability(REQ, planDates(plan), asOf).applies) return;
    const written = reportUnwrittenSection(REQ, plan, report, { when: timeline(REQ, longDate) },
      `Add \`disabilityAdaptations:\` under \`sections:\` with \`text:\`, \`reviewed:\` (the date) and a visibility. ${REQ.says}`);
    const section = plan.sections?.disabilityAdaptations;
    if (!written || !section || section.status) return; // not written yet: section-not-written says so
    const reviewed = isoDateOf(section.reviewed);
    const year = schoolYearOf(plan.schoolYear);
    // The yearly review is work in progress until the plan is adopted or overdue, as an unwritten section is.
    const deadline = adoptionDeadline(plan);
    const severity = adoptedOn(plan) !== undefined || (deadline && asOf > deadline.date) ? 'error' : 'warning';
    if (!reviewed) {
      report({ path: ['sections', 'disabilityAdaptations'], severity, messageId: 'notReviewed', hint: 'Review the adaptations with the plan each year and add `reviewed:` with the date, for example `reviewed: 2026-10-08`.' });
    } else if (year) {
      const start = planCycle(year, config).start;
      if (reviewed < start) {
        report({
          path: ['sections', 'disabilityAdaptations', 'reviewed'],
          severity,
          messageId: 'reviewedBefore',
          data: { reviewed: longDate(reviewed), cycleStart: longDate(start) },
          hint: "Review the adaptations for this year's plan (with each pupil's IEP or 504 team where it applies) and record the date.",
        });
      }
    }
  },
});
