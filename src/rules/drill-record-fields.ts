import { drillEntries, listNames } from '../plan/drills.js';
import { definePlanRule } from './types.js';

// No California statute sets a drill-record format; IFC 405.5 (adopted as CFC 405.5) asks for the
// time taken to evacuate and the number of occupants evacuated. The schema already requires type,
// date, time and conductedBy, so this rule covers what it leaves optional. A problem found without
// a corrective action is the gap inspectors and the annual plan review look for.
const EVACUATING = new Set(['fire', 'evacuation']);

const nonEmpty = (value: unknown) =>
  Array.isArray(value) && value.some((v) => typeof v === 'string' && v.trim() !== '');

export default definePlanRule({
  meta: {
    id: 'drill-record-fields',
    severity: 'warning',
    citation: 'IFC 405.5; CFC 405.5 (drill records)',
    description:
      'Fire and evacuation drills record evacuationSeconds and participants; any drill that lists problems also lists correctiveActions.',
    reading: {
      kind: 'practice',
      note: 'No California drill-record format exists; the fields follow International Fire Code 405.5 and district practice (CFC adoption not confirmed).',
    },
    messages: {
      missingFields: '{{which}} does not record {{missing}}.',
    },
  },
  check({ plan, report }) {
    for (const { index, drill } of drillEntries(plan)) {
      const missing: { what: string; example: string }[] = [];
      if (typeof drill.type === 'string' && EVACUATING.has(drill.type)) {
        if (drill.evacuationSeconds == null) missing.push({ what: 'the time to clear the buildings (evacuationSeconds)', example: 'evacuationSeconds: 185' });
        if (drill.participants == null) missing.push({ what: 'the number of people evacuated (participants)', example: 'participants: 412' });
      }
      if (nonEmpty(drill.problems) && !nonEmpty(drill.correctiveActions)) {
        missing.push({ what: 'what will be done about the problems found (correctiveActions)', example: 'correctiveActions: [one line per problem]' });
      }
      if (missing.length === 0) continue;
      const which = typeof drill.type === 'string' && typeof drill.date === 'string' ? `The ${drill.type} drill on ${drill.date}` : 'This drill';
      report({
        path: ['drills', index],
        messageId: 'missingFields', data: { which, missing: listNames(missing.map((m) => m.what)) },
        hint: `Add the missing fields to the drill entry from the drill report, for example ${listNames(missing.map((m) => m.example))}.`,
      });
    }
  },
});
