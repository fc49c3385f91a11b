import { pupilMentions } from '../util/pupil-names.js';
import { definePlanRule } from './types.js';

// The evacuation-assistance notes go to every agency the plan is shared with (EC 32281(b)(3)) and
// the schema asks for counts and places only. A pupil's name beside a health or disability detail
// there is information from the pupil's records, which EC 49076 and FERPA (20 USC 1232g) keep
// from routine disclosure; responders get what they need from the site on the day. An error,
// like the schema's own "never names", though the test is a heuristic: a district that meets a
// false alarm can set this rule to warning in cssp.config.yaml.

/** Words of the school's own name, city and district: never a pupil's name. */
function knownWords(...texts: unknown[]): Set<string> {
  return new Set(texts.flatMap((t) => (typeof t === 'string' ? t.toLowerCase().split(/[^a-z'’-]+/).filter(Boolean) : [])));
}

export default definePlanRule({
  meta: {
    id: 'pupil-names-in-notes',
    severity: 'error',
    citation: 'EC 49076; 20 USC 1232g (pupil records); EC 32281(b)(3)',
    description: "responder.evacuationAssistance.notes names no pupil next to a health or disability detail (\"Maria G. uses a wheelchair\"); rooms, counts and equipment are fine. A heuristic: capitalised words that are not places, titles, months or common words.",
    reading: { kind: 'interpretation', note: 'EC 49076 and FERPA (20 USC 1232g) keep pupil records private, and responders need counts, not names. Which words look like a pupil\'s name is a heuristic; lower the severity under rules: if it misfires.', setting: 'rules' },
    messages: {
      pupilNamed: 'The evacuation-assistance notes seem to name a pupil ("{{name}}") next to a health or disability detail ("{{detail}}"). Responder copies carry counts and places, never pupils\' names.',
    },
  },
  check({ plan, config, report }) {
    const notes = plan.responder?.evacuationAssistance?.notes;
    if (typeof notes !== 'string') return;
    const known = knownWords(plan.site?.name, plan.site?.address?.city, config?.district.name);
    for (const { name, detail } of pupilMentions(notes, known)) {
      report({
        path: ['responder', 'evacuationAssistance', 'notes'],
        messageId: 'pupilNamed', data: { name, detail },
        hint: 'Write where and how many, with the equipment ("1 pupil in Room 12 uses a wheelchair; evac chair at stairwell B"); keep names in the Individual Emergency Evacuation Plans in the health office. If the word is not a name, set this rule to warning for your district in cssp.config.yaml.',
      });
    }
  },
});
