// What changed between two versions of a plan, area by area, in words. Pure: two plans in (either
// may be missing, either may have schema errors), sentences out, in the order a plan is written.
import type { PartialPlan } from '../plan/partial-plan.js';
import { AREAS, asRecord, asText, type Change, type Loose } from './change.js';
import { committeeChanges, consultationChanges } from './committee.js';
import { drillChanges } from './drills.js';
import { governanceChanges } from './governance.js';
import { responderChanges } from './responder.js';
import { sectionChanges } from './sections.js';
import { planLabelChanges, siteChanges } from './site.js';

export type { Area, Change } from './change.js';
export { AREAS } from './change.js';

function describePlan(plan: Loose): string {
  const site = asRecord(plan.site);
  return [asText(site?.name) ?? asText(site?.id), asText(plan.schoolYear)].filter(Boolean).join(', ') || 'the plan';
}

export function planChanges(from: PartialPlan | undefined, to: PartialPlan | undefined): Change[] {
  const was = asRecord(from);
  const now = asRecord(to);
  if (!was && !now) return [];
  // A whole plan added or removed is one line: listing every section of it would say nothing more.
  if (!was) return [{ area: 'Plan', path: [], kind: 'added', text: `New plan: ${describePlan(now!)}.` }];
  if (!now) return [{ area: 'Plan', path: [], kind: 'removed', text: `Plan removed: ${describePlan(was)}.` }];
  const changes = [
    ...planLabelChanges(was, now),
    ...siteChanges(asRecord(was.site) ?? {}, asRecord(now.site) ?? {}),
    ...committeeChanges(asRecord(was.committee) ?? {}, asRecord(now.committee) ?? {}),
    ...consultationChanges(was.consultations, now.consultations),
    ...governanceChanges(was, now),
    ...sectionChanges(was, now),
    ...responderChanges(was, now),
    ...drillChanges(was, now),
  ].map((c) => ({ ...c, text: c.text.endsWith('.') ? c.text : `${c.text}.` }));
  // Stable by area: each area's own order (plan order within it) is kept.
  return changes.sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area));
}
