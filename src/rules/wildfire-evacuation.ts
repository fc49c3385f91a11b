import { hasContent } from '../plan/sections.js';
import { definePlanRule } from './types.js';

// AB 2968 (2024): a communication and evacuation plan for schools in high or very high fire
// hazard severity zones. Enactment is not verified, so the district turns it on in its config.
const ZONES: readonly unknown[] = ['high', 'very-high'];

export default definePlanRule({
  meta: {
    id: 'wildfire-evacuation',
    severity: 'error',
    citation: 'EC 32282, letter unverified (AB 2968, 2024)',
    description: 'Off unless drillPolicy.wildfirePlan is true: a site in a high or very high fire hazard severity zone has a wildfire evacuation section.',
    reading: {
      kind: 'interpretation',
      note: 'Enactment of AB 2968 (2024) is not confirmed (one source says signed; the bill status found is from April 2024), so the rule does nothing until the district sets drillPolicy.wildfirePlan: true.',
      setting: 'drillPolicy.wildfirePlan',
    },
    messages: {
      noWildfirePlan: 'The campus is in a {{zone}} fire hazard severity zone, and the plan has no wildfire communication and evacuation plan (AB 2968, 2024).',
    },
  },
  check({ plan, config, report }) {
    if (config?.drillPolicy?.wildfirePlan !== true) return;
    const zone = plan.site?.fireHazardSeverityZone;
    if (!ZONES.includes(zone)) return;
    if (hasContent(plan.sections?.wildfireEvacuation)) return;
    report({
      path: ['sections', 'wildfireEvacuation'],
      messageId: 'noWildfirePlan', data: { zone },
      hint: 'Add `wildfireEvacuation:` under `sections:` with `text:` (how families are told, routes, off-site evacuation sites, when to leave early) or a district `standard:`.',
    });
  },
});
