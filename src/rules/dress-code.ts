import { hasContent, isNotWritten } from '../plan/sections.js';
import { definePlanRule } from './types.js';

// EC 32282(a)(2)(F): a dress code prohibiting gang-related apparel (EC 35183) is part of the plan
// only if the school adopted one; the plan says which, so a missing section is not a silent "no".
export default definePlanRule({
  meta: {
    id: 'dress-code',
    severity: 'error',
    citation: 'EC 32282(a)(2)(F); EC 35183',
    description: 'The dress code section says whether a gang-related apparel dress code was adopted, and has its text if so.',
    reading: { kind: 'statute', note: 'EC 32282(a)(2)(F): the dress code is part of the plan only if adopted; cssp asks the plan to say which.' },
    messages: {
      notSaid: 'The plan does not say whether the school adopted a dress code prohibiting gang-related apparel (EC 35183).',
      notIncluded: 'The school adopted a gang-related apparel dress code, but the plan does not include it.',
      ignoredField: '`{{key}}` is ignored because `adopted` is false: the plan prints that no dress code was adopted.',
    },
  },
  check({ plan, report }) {
    const section = plan.sections?.dressCode;
    if (isNotWritten(section)) return; // section-not-written reports it
    if (!section || typeof section.adopted !== 'boolean') {
      report({
        path: ['sections', 'dressCode'],
        messageId: 'notSaid',
        hint: 'Add `dressCode:` under `sections:` with `adopted: true` and the dress code (`text:` or `standard:`), or `adopted: false`, and a `visibility:`.',
      });
      return;
    }
    if (section.adopted) {
      if (!hasContent(section)) {
        report({
          path: ['sections', 'dressCode'],
          messageId: 'notIncluded',
          hint: 'Add the dress code in `text:`, or name the district standard with `standard:`.',
        });
      }
      return;
    }
    for (const key of ['text', 'standard', 'siteText'] as const) {
      const value = section[key];
      if (typeof value !== 'string' || !value.trim()) continue;
      report({
        path: ['sections', 'dressCode', key],
        severity: 'warning',
        messageId: 'ignoredField', data: { key },
        hint: `If the school adopted this dress code, set \`adopted: true\`; otherwise remove \`${key}:\`.`,
      });
    }
  },
});
