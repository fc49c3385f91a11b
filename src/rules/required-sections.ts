import { hasContent, SECTIONS } from '../plan/sections.js';
import { definePlanRule } from './types.js';

// EC 32282(a) lists the elements every plan contains. The State Auditor (report 2016-136) found
// plans missing several of them, earthquake procedures most often.
export default definePlanRule({
  meta: {
    id: 'required-sections',
    severity: 'error',
    citation: 'EC 32282(a)',
    description: 'Every section EC 32282(a) has required of every plan since before 2023 is present and has text or a district standard (sections added by later laws have a rule each, from their dates).',
    reading: {
      kind: 'statute',
      note: 'Letters (A)-(J) of EC 32282(a)(2) are confirmed.',
    },
    messages: {
      missing: 'Missing section `{{key}}`: {{title}} ({{citation}}).',
      empty: 'Section `{{key}}` ({{title}}, {{citation}}) has no text and no district standard.',
    },
  },
  check({ plan, report }) {
    for (const info of SECTIONS.filter((s) => s.requirement === 'always')) {
      const section = plan.sections?.[info.key];
      if (section === undefined) {
        report({
          path: ['sections', info.key],
          messageId: 'missing', data: { key: info.key, title: info.title, citation: info.citation },
          hint: `Add \`${info.key}:\` under \`sections:\` with \`text:\` (your own) or \`standard:\` (a file in standards/), and a visibility.`,
        });
      } else if (!hasContent(section)) {
        report({
          path: ['sections', info.key],
          messageId: 'empty', data: { key: info.key, title: info.title, citation: info.citation },
          hint: 'Write the procedure in `text:`, or name a district standard with `standard:`.',
        });
      }
    }
  },
});
