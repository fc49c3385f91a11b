// Reading the safety planning committee (EC 32281(b)(2)); shared by the committee rules.
import type { Plan } from './types.generated.js';

/** The roles of the committee members, read defensively (rules also run on invalid plans). */
export function memberRoles(plan: Plan): Set<unknown> {
  const members: unknown = plan.committee?.members;
  return new Set(Array.isArray(members) ? members.map((m: { role?: unknown } | null) => m?.role) : []);
}
