import { SECTIONS } from '../plan/sections.js';
import { definePlanRule } from './types.js';

// EC 32281 lets a district develop the tactical-response portions of a plan confidentially; the
// rest of the plan is the public's to inspect (EC 32282 keeps a file of it for public inspection).
// So a statutory section other than tactical responses marked responder or confidential drops out
// of the public edition without the statute's leave. A warning: the school may have a reason (a
// gate schedule), but the public edition must still say what the section requires.
export default definePlanRule({
  meta: {
    id: 'section-visibility',
    severity: 'warning',
    citation: 'EC 32281 (tactical portions confidential); EC 32282 (public inspection)',
    description: 'Every section the statute requires, other than tactical responses, is public, so it prints in the public edition.',
    reading: {
      kind: 'statute',
      note: 'EC 32281 lets only the tactical-response portions be withheld. Move tactical detail (camera coverage, key holders) into tacticalResponse or the responder packet instead of hiding a whole section.',
    },
    messages: {
      withheld: 'Section `{{key}}` ({{title}}, {{citation}}) is {{visibility}}, so the public edition leaves it out. Only tactical responses may be withheld from the public (EC 32281).',
    },
  },
  check({ plan, report }) {
    for (const info of SECTIONS) {
      if (info.requirement === 'optional' || info.key === 'tacticalResponse') continue;
      const visibility = plan.sections?.[info.key]?.visibility;
      if (visibility !== 'responder' && visibility !== 'confidential') continue;
      report({
        path: ['sections', info.key, 'visibility'],
        messageId: 'withheld', data: { key: info.key, title: info.title, citation: info.citation, visibility },
        hint: 'Set `visibility: public`, and move any tactical detail (camera coverage, door codes, key holders) to `tacticalResponse` or the responder packet.',
      });
    }
  },
});
