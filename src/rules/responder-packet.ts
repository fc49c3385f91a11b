import { definePlanRule } from './types.js';

// EC 32281(b)(3) shares the plan with first responders; EC 32282(a)(2)(B) requires disaster
// procedures. What responders need on paper: shut-offs, where people gather, a 24/7 contact and
// how many need help to evacuate.
const UTILITIES: ReadonlyArray<[kind: string, why: string]> = [
  ['gas', 'firefighters shut off the gas to stop a leak or keep a fire from spreading'],
  ['water', 'crews shut off the water when pipes break or a building floods'],
  ['electric', 'firefighters cut the power before they go into a burning or flooded building'],
  ['fire-alarm-panel', 'the fire alarm panel shows which zone set off the alarm, and firefighters go there first'],
];

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export default definePlanRule({
  meta: {
    id: 'responder-packet',
    severity: 'warning',
    citation: 'EC 32281(b)(3); EC 32282(a)(2)(B)',
    description: 'The first-responder packet has gas, water, electric and fire alarm panel locations, an assembly area, a reunification site, a 24/7 contact and evacuation-assistance counts.',
    reading: {
      kind: 'practice',
      note: 'EC 32281(b)(3) has the plan shared with first responders; what their packet holds (shut-offs, assembly and reunification sites, counts) is national guidance and practice, not statute.',
    },
    messages: {
      noShutOff: 'The responder packet does not say where the {{kind}} shut-off is: {{why}}.',
      noFireAlarmPanel: 'The responder packet does not say where the fire alarm panel is: {{why}}.',
      noAssemblyArea: 'No on-site assembly area is listed: responders need to know where classes gather after evacuating, to keep apparatus clear of them and to find anyone missing.',
      noReunificationSite: 'No reunification site is listed: police direct parents there, and need to know where pupils will be released.',
      no24x7Contact: 'No contact is marked as answered 24/7: police and fire need someone they can reach at night and on weekends, for example to open the campus.',
      noEvacuationCounts: 'The packet does not give how many pupils and staff need help to evacuate: rescuers use the counts to know whom to look for.',
    },
  },
  check({ plan, report }) {
    const r = plan.responder ?? {};
    const kinds = new Set<string | undefined>(list(r.utilities).map((u) => u?.kind));
    for (const [kind, why] of UTILITIES) {
      if (kinds.has(kind)) continue;
      report({
        path: ['responder', 'utilities'],
        messageId: kind === 'fire-alarm-panel' ? 'noFireAlarmPanel' : 'noShutOff', data: { kind, why },
        hint: `Add an entry under \`responder.utilities\` with \`kind: ${kind}\` and a \`location:\` a firefighter can follow at night.`,
      });
    }
    if (list(r.assemblyAreas).length === 0) {
      report({
        path: ['responder', 'assemblyAreas'],
        messageId: 'noAssemblyArea',
        hint: 'Add an entry under `responder.assemblyAreas` with `name:` and `location:`.',
      });
    }
    if (list(r.reunificationSites).length === 0) {
      report({
        path: ['responder', 'reunificationSites'],
        messageId: 'noReunificationSite',
        hint: 'Add an entry under `responder.reunificationSites` with `name:`, `location:`, `requestGate:` and `reunionGate:`.',
      });
    }
    if (!list(r.contacts).some((c) => c?.available24x7 === true)) {
      report({
        path: ['responder', 'contacts'],
        messageId: 'no24x7Contact',
        hint: 'Mark a contact whose number is answered around the clock with `available24x7: true`, or add one (for example district police dispatch).',
      });
    }
    const assist = r.evacuationAssistance;
    if (!assist || !isCount(assist.pupils) || !isCount(assist.staff)) {
      report({
        path: ['responder', 'evacuationAssistance'],
        messageId: 'noEvacuationCounts',
        hint: 'Add `responder.evacuationAssistance` with `pupils:` and `staff:` counts (numbers only, never names; 0 when none).',
      });
    }
  },
});
