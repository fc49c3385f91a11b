// A diff report: one or more plans, each compared with another version of itself. Built from the
// files' text (read by the command from disk or git), through the one YAML reader. Pure.
import { parseText } from '../plan/source.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import { asRecord, asText, type Change } from './change.js';
import { planChanges } from './changes.js';

export interface PlanDiff {
  /** The plan's path from the district root (the newer side's, or the older one's when it was removed). */
  file: string;
  site: string | undefined;
  /** The school's name, from whichever side has one. */
  name: string | undefined;
  status: 'changed' | 'unchanged' | 'new' | 'removed' | 'unreadable';
  /** Why the plans could not be compared (a YAML error), when status is unreadable. */
  problem?: string;
  changes: Change[];
}

export interface DiffReport {
  /** site: one site's plans of two school years; ref: every plan, working tree against a git commit. */
  mode: 'site' | 'ref';
  /** What is compared: school years ("2025-26", "2026-27") or a git ref and "working tree". */
  from: string;
  to: string;
  plans: PlanDiff[];
}

export interface PlanText {
  /** The file as shown in messages, with where it was read: "2026-27/alpha.yaml at HEAD". */
  label: string;
  text: string;
}

function read(side: PlanText | undefined): { plan: PartialPlan | undefined; problem?: string } {
  if (!side) return { plan: undefined };
  const result = parseText(side.text);
  if (result.data !== undefined) return { plan: result.data as PartialPlan };
  const first = result.diagnostics.find((d) => d.severity === 'error');
  return { plan: undefined, problem: `${side.label} cannot be read${first ? ` (line ${first.line}: ${first.message})` : ''}` };
}

/** One plan against another version of it; either side may be missing (a new or removed plan). */
export function comparePlans(file: string, from: PlanText | undefined, to: PlanText | undefined): PlanDiff {
  const a = read(from);
  const b = read(to);
  const site = (p: PartialPlan | undefined) => asRecord(asRecord(p)?.site);
  const name = asText(site(b.plan)?.name) ?? asText(site(a.plan)?.name);
  const id = asText(site(b.plan)?.id) ?? asText(site(a.plan)?.id);
  const base = { file, site: id, name };
  const problem = a.problem ?? b.problem;
  if (problem) return { ...base, status: 'unreadable', problem: `${problem}; run cssp check on it, fix it, then compare again.`, changes: [] };
  const changes = from && to && from.text === to.text ? [] : planChanges(a.plan, b.plan);
  const status = !from ? 'new' : !to ? 'removed' : changes.length ? 'changed' : 'unchanged';
  return { ...base, status, changes };
}
