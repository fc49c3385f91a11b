// A rule for a requirement that a plan meets with a section of its own: from the first review on
// or after the requirement took effect (or its due date), the section is there with text or a
// district standard. Each such rule is a file in src/rules/ built from its requirement's entry.
import { applicability, planDates, timeline } from '../../law/applies.js';
import type { Requirement } from '../../law/requirements.js';
import { hasContent, SECTIONS } from '../../plan/sections.js';
import { longDate } from '../../util/long-date.js';
import type { PartialPlan } from '../../plan/partial-plan.js';
import type { MessageData, PlanContext, PlanRule, Reading } from '../types.js';

/**
 * Reports a law's section as missing (at `sections`, messageId `missing`) or with no text and no
 * standard (at the section, `empty`). Returns true when the section has content (or is marked not
 * written, which section-not-written reports).
 */
export function reportUnwrittenSection(req: Requirement, plan: PartialPlan, report: PlanContext['report'], data: MessageData, hint: string): boolean {
  const key = req.section!;
  const section = plan.sections?.[key];
  if (hasContent(section)) return true;
  report({ path: section === undefined ? ['sections'] : ['sections', key], messageId: section === undefined ? 'missing' : 'empty', data, hint });
  return false;
}

export function sectionRequirementRule(req: Requirement, description: string, reading: Reading): PlanRule {
  const key = req.section!;
  const info = SECTIONS.find((s) => s.key === key)!;
  return {
    meta: {
      id: req.id,
      severity: 'error',
      citation: req.source.citation,
      description,
      reading,
      messages: {
        missing: 'Missing section `{{key}}`: {{title}} ({{bill}}, {{when}}).',
        empty: 'Section `{{key}}` ({{title}}, {{bill}}) has no text and no district standard.',
      },
    },
    check({ plan, asOf, report }) {
      if (!applicability(req, planDates(plan), asOf).applies) return;
      const data = { key, title: info.title, bill: `${req.source.bill}, ${req.source.year}`, when: timeline(req, longDate) };
      reportUnwrittenSection(req, plan, report, data, `Add \`${key}:\` under \`sections:\` with \`text:\` (or a district \`standard:\`) and a visibility. It says: ${req.says}`);
    },
  };
}
