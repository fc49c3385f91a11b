import { drillEntries } from '../plan/drills.js';
import { hasContent } from '../plan/sections.js';
import type { ArmedAssailantSection } from '../plan/types.generated.js';
import { definePlanRule } from './types.js';

// AB 1858 (2024, effective 2025-01-01): a school that runs armed-assailant drills has procedures
// for them in its plan, covering each element below.
type Element = keyof NonNullable<ArmedAssailantSection['elements']>;
const ELEMENTS: ReadonlyArray<[key: Element, what: string]> = [
  ['parentNoticeWeekOf', 'parents told the week of the drill'],
  ['parentNoticeAfter', 'parents told after the drill, the same day'],
  ['ageAppropriate', 'drills are age- and developmentally appropriate'],
  ['startAnnouncement', 'a schoolwide announcement at the start says it is a drill'],
  ['supportResources', 'local support resources shared afterwards'],
  ['noSimulatedGunfire', 'no simulated gunfire or actors posing as assailants'],
];

export default definePlanRule({
  meta: {
    id: 'armed-assailant-procedures',
    severity: 'error',
    citation: 'EC 32282 (AB 1858, 2024)',
    description: 'A school that runs armed-assailant drills has drill procedures covering every AB 1858 element.',
  },
  check({ plan, report }) {
    if (!drillEntries(plan).some(({ drill }) => drill.type === 'armed-assailant')) return;
    const section = plan.sections?.armedAssailantDrills;
    if (!section || !hasContent(section)) {
      report({
        path: ['sections', 'armedAssailantDrills'],
        message: 'The drill log has armed-assailant drills, but the plan has no procedures for them, which AB 1858 (2024) requires.',
        hint: 'Add `armedAssailantDrills:` under `sections:` with `text:` or a district `standard:`, and confirm each AB 1858 element under `elements:`.',
      });
      if (!section) return;
    }
    const missing = ELEMENTS.filter(([key]) => section.elements?.[key] !== true);
    if (missing.length === 0) return;
    report({
      path: ['sections', 'armedAssailantDrills', 'elements'],
      message: `The armed-assailant drill procedures do not confirm every AB 1858 element. Missing: ${missing.map(([k, what]) => `${k} (${what})`).join('; ')}.`,
      hint: `Cover each in the procedures and set it to true under \`elements:\`: ${missing.map(([k]) => `${k}: true`).join(', ')}.`,
    });
  },
});
