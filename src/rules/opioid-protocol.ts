import { servesAnyGrade } from '../plan/grades.js';
import { hasContent } from '../plan/sections.js';
import { definePlanRule } from './types.js';

// SB 10 (2023, Melanie's Law) requires an opioid overdose protocol in the plans of schools
// serving any of grades 7-12. Where it sits in EC 32282 is not verified.
export default definePlanRule({
  meta: {
    id: 'opioid-protocol',
    severity: 'error',
    citation: 'EC 32282, letter unverified (SB 10, 2023)',
    description: 'A site serving any of grades 7-12 has an opioid overdose protocol section.',
    reading: { kind: 'statute', note: 'SB 10 (2023) requires the protocol for schools serving any of grades 7-12; where it sits in EC 32282 is not confirmed, so the citation names no letter.' },
    messages: {
      noProtocol: 'This school serves grades {{grades}}: SB 10 (2023) requires an opioid overdose protocol for schools serving any of grades 7-12.',
    },
  },
  check({ plan, report }) {
    const grades = plan.site?.grades;
    if (!servesAnyGrade(grades, 7, 12)) return;
    if (hasContent(plan.sections?.opioidOverdose)) return;
    report({
      path: ['sections', 'opioidOverdose'],
      messageId: 'noProtocol', data: { grades },
      hint: 'Add `opioidOverdose:` under `sections:` with `text:` (recognizing an overdose, where naloxone is kept, who may give it, calling 911) or a district `standard:`.',
    });
  },
});
