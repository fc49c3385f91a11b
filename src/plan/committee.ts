// Reading the safety planning committee (EC 32281(b)(2)); shared by the committee rules.
import type { PartialPlan } from './partial-plan.js';

/** The roles of the committee members, read defensively (rules also run on invalid plans). */
export function memberRoles(plan: PartialPlan): Set<string | undefined> {
  const members = plan.committee?.members;
  return new Set(Array.isArray(members) ? members.map((m) => m?.role) : []);
}
