// A rule for a requirement that a plan meets with a section of its own: from the first review on
// or after the requirement took effect (or its due date), the section is there with text or a
// district standard. Each such rule is a file in src/rules/ built from its requirement's entry.
import { applicability, planDates, timeline } from '../../law/applies.js';
import type { Requirement } from '../../law/requirements.js';
import { hasContent, SECTIONS } from '../../plan/sections.js';
import { longDate } from '../../util/long-date.js';
import type { PlanRule, Reading } from '../types.js';

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
      const section = plan.sections?.[key];
      if (hasContent(section)) return;
      const data = { key, title: info.title, bill: `${req.source.bill}, ${req.source.year}`, when: timeline(req, longDate) };
      report({
        path: section === undefined ? ['sections'] : ['sections', key],
        messageId: section === undefined ? 'missing' : 'empty',
        data,
        hint: `Add \`${key}:\` under \`sections:\` with \`text:\` (or a district \`standard:\`) and a visibility. It says: ${req.says}`,
      });
    },
  };
}
