import { definePlanRule } from './types.js';

// EC 32281 lets the tactical responses to criminal incidents be developed with law enforcement
// and kept out of the public copy of the plan.
export default definePlanRule({
  meta: {
    id: 'tactical-confidential',
    severity: 'warning',
    citation: 'EC 32281 (confidential tactical responses)',
    description: 'Tactical response procedures are not printed in the public edition.',
    reading: {
      kind: 'statute',
      note: 'EC 32281 lets the tactical-response portions be developed with law enforcement and kept confidential; a warning, since public tactical text is lawful but unwise.',
    },
    messages: {
      tacticalPublic: 'Tactical response procedures are marked public, so they print in the public edition, where they can help an attacker. EC 32281 lets them be kept confidential.',
    },
  },
  check({ plan, report }) {
    if (plan.sections?.tacticalResponse?.visibility !== 'public') return;
    report({
      path: ['sections', 'tacticalResponse', 'visibility'],
      messageId: 'tacticalPublic',
      hint: 'Set `visibility: confidential` (full plan only) or `visibility: responder` (also in the police and fire packet).',
    });
  },
});
