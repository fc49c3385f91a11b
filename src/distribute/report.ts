// What to tell the person who just recorded a delivery: whether it counts as sharing the adopted
// plan (EC 32281(b)(3)), and which agencies still lack the plan as it is now.
import { agencyDeliveries, holdsCurrentPlan, type DeliveryEdition } from '../plan/deliveries.js';
import type { DistrictConfig, Distribution, Plan } from '../plan/types.generated.js';

const RESPONDERS = new Set(['law-enforcement', 'fire', 'ems']);
const STATE_WORDS: Record<string, string> = {
  none: 'nothing recorded',
  changed: 'holds an earlier content',
  'old-version': 'holds an earlier version',
  'before-adoption': 'received it before adoption',
  'public-only': 'has only the public edition',
};

export interface FollowUpInputs {
  plan: Plan;
  entry: Distribution;
  hashOf: (edition: DeliveryEdition) => string;
  config: DistrictConfig | undefined;
  /** The plan file has changes git has not recorded (so the record names no commit). */
  uncommitted: boolean;
}

export function followUp({ plan, entry, hashOf, config, uncommitted }: FollowUpInputs): string[] {
  const lines: string[] = [];
  if (!plan.adoption) lines.push('The plan is not adopted yet: this copy is a draft, and every agency needs the adopted plan once it is (EC 32281(b)(3)).');
  if (!plan.version) lines.push('The plan has no version: label; give it one (like 2026-27.1) so each agency can tell which version it holds.');
  if (entry.edition === 'public' && RESPONDERS.has(entry.type)) {
    lines.push('The public edition leaves out the tactical and responder content; a first responder needs the responder or full edition.');
  }
  if (uncommitted) lines.push('The plan file has changes not committed to git, so the record names no commit; commit the plan first to have one.');
  const waiting = agencyDeliveries(plan, config, hashOf).filter((d) => d.required && !holdsCurrentPlan(d));
  if (waiting.length) lines.push(`Still to receive the current plan: ${waiting.map((d) => `${d.agency} (${STATE_WORDS[d.state] ?? d.state})`).join('; ')}.`);
  else lines.push('Every agency consulted, and law enforcement and fire, now holds the current plan.');
  return lines;
}
