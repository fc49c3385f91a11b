import { armedAssailantTypes, drillEntries } from '../plan/drills.js';
import { hasContent } from '../plan/sections.js';
import type { ArmedAssailantSection } from '../plan/types.generated.js';
import { definePlanRule } from './types.js';

// AB 1858 (2024, effective 2025-01-01): a plan that prepares for an armed assailant by drills
// includes procedures for them covering each element below. The duty attaches to the plan when it
// is adopted, so the procedures are checked as soon as the plan includes them, not once a drill is
// logged. The sources report only simulated gunfire as prohibited; actors posing as assailants are
// criticised in the bill's findings, so forbidding them is district policy (drillPolicy.noActorsAsAssailants).
type Element = keyof NonNullable<ArmedAssailantSection['elements']>;
const ELEMENTS: ReadonlyArray<[key: Element, what: string]> = [
  ['parentNoticeWeekOf', 'parents told the week of the drill'],
  ['parentNoticeAfter', 'parents told after the drill, the same day'],
  ['ageAppropriate', 'drills are age- and developmentally appropriate'],
  ['startAnnouncement', 'a schoolwide announcement at the start says it is a drill'],
  ['supportResources', 'local support resources shared afterwards'],
  ['noSimulatedGunfire', 'no simulated gunfire'],
];
const list = (keys: ReadonlyArray<[Element, string]>) => keys.map(([k, what]) => `${k} (${what})`).join('; ');

export default definePlanRule({
  meta: {
    id: 'armed-assailant-procedures',
    severity: 'error',
    citation: 'EC 32282, letter unverified (AB 1858, 2024)',
    description:
      'A plan that includes armed-assailant drill procedures, or whose school runs armed-assailant drills, confirms every AB 1858 element at adoption; noActors only under district policy.',
    reading: {
      kind: 'interpretation',
      note:
        'AB 1858 as the sources report it: six elements, simulated gunfire the only prohibited act. A lockdown drill counts as an armed-assailant drill when drillPolicy.lockdownAsArmedAssailant is true; "no actors posing as assailants" is checked (as a warning) only when drillPolicy.noActorsAsAssailants is true.',
      setting: 'drillPolicy.noActorsAsAssailants',
    },
    messages: {
      noProcedures: '{{why}}, but the plan has no procedures for them, which AB 1858 (2024) requires.',
      missingElements: 'The armed-assailant drill procedures do not confirm every AB 1858 element. Missing: {{missing}}.',
      noActors: 'District policy (drillPolicy.noActorsAsAssailants) forbids actors posing as assailants, and the procedures do not confirm it (noActors). AB 1858 itself prohibits only simulated gunfire.',
    },
  },
  check({ plan, config, report }) {
    const section = plan.sections?.armedAssailantDrills;
    const types = armedAssailantTypes(config);
    const drills = drillEntries(plan).some(({ drill }) => typeof drill.type === 'string' && types.includes(drill.type));
    // Lockdown drills are armed-assailant drills under this policy, and a district that sets a
    // lockdown count holds them, so its plans need the procedures before the first drill.
    const byPolicy = types.includes('lockdown') && (config?.drillPolicy?.lockdownPerYear ?? 0) > 0;
    if (!section && !drills && !byPolicy) return;
    if (!section || !hasContent(section)) {
      const why = drills ? 'The drill log has armed-assailant drills' : section ? 'The plan includes an armed-assailant drill section' : 'District policy treats lockdown drills as armed-assailant drills';
      report({
        path: ['sections', 'armedAssailantDrills'],
        messageId: 'noProcedures', data: { why },
        hint: 'Add `armedAssailantDrills:` under `sections:` with `text:` or a district `standard:`, and confirm each AB 1858 element under `elements:`.',
      });
      if (!section) return;
    }
    const missing = ELEMENTS.filter(([key]) => section.elements?.[key] !== true);
    if (missing.length > 0) {
      report({
        path: ['sections', 'armedAssailantDrills', 'elements'],
        messageId: 'missingElements', data: { missing: list(missing) },
        hint: `Cover each in the procedures and set it to true under \`elements:\`: ${missing.map(([k]) => `${k}: true`).join(', ')}.`,
      });
    }
    if (config?.drillPolicy?.noActorsAsAssailants === true && section.elements?.noActors !== true) {
      report({
        path: ['sections', 'armedAssailantDrills', 'elements'],
        severity: 'warning',
        messageId: 'noActors',
        hint: 'Say in the procedures that no actors pose as assailants, and set `noActors: true` under `elements:`.',
      });
    }
  },
});
