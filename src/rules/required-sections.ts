import { hasContent, SECTIONS } from '../plan/sections.js';
import { definePlanRule } from './types.js';

// EC 32282(a) lists the elements every plan contains. The State Auditor (report 2016-136) found
// plans missing several of them, earthquake procedures most often.
export default definePlanRule({
  meta: {
    id: 'required-sections',
    severity: 'error',
    citation: 'EC 32282(a)',
    description: 'Every section EC 32282(a) requires is present and has text or a district standard.',
    verify:
      'The subdivision letter (K) for dangerousActivityReports is not confirmed against current statute text; the citation may change, the requirement stays. Configure with rules: required-sections.',
  },
  check({ plan, report }) {
    for (const info of SECTIONS.filter((s) => s.requirement === 'always')) {
      const section = plan.sections?.[info.key];
      if (section === undefined) {
        report({
          path: ['sections', info.key],
          message: `Missing section \`${info.key}\`: ${info.title} (${info.citation}).`,
          hint: `Add \`${info.key}:\` under \`sections:\` with \`text:\` (your own) or \`standard:\` (a file in standards/), and a visibility.`,
        });
      } else if (!hasContent(section)) {
        report({
          path: ['sections', info.key],
          message: `Section \`${info.key}\` (${info.title}, ${info.citation}) has no text and no district standard.`,
          hint: 'Write the procedure in `text:`, or name a district standard with `standard:`.',
        });
      }
    }
  },
});
