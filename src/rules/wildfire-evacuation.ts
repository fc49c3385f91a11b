import { hasContent } from '../plan/sections.js';
import { definePlanRule } from './types.js';

// AB 2968 (2024) proposed a communication and evacuation plan for schools in high or very high
// fire hazard severity zones; it is not law as far as the sources show (re-referred in 2024). A
// district that wants such plans turns this on in its config: district policy, so a warning.
const ZONES: readonly unknown[] = ['high', 'very-high'];

export default definePlanRule({
  meta: {
    id: 'wildfire-evacuation',
    severity: 'warning',
    citation: 'District policy (AB 2968, 2024, not enacted as far as found)',
    description: 'Off unless drillPolicy.wildfirePlan is true: a site in a high or very high fire hazard severity zone has a wildfire evacuation section.',
    reading: {
      kind: 'district policy',
      note: 'AB 2968 (2024) is not law as far as the sources show, so the rule does nothing until the district sets drillPolicy.wildfirePlan: true (and a district can raise it to an error under rules:).',
      setting: 'drillPolicy.wildfirePlan',
    },
    messages: {
      noWildfirePlan: 'The campus is in a {{zone}} fire hazard severity zone, and the plan has no wildfire communication and evacuation plan, which district policy (drillPolicy.wildfirePlan) asks for.',
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
