// The full edition's record of changes: what changed since the same site's plan of the school
// year before, in the words of `cssp diff`. Kept apart from inputs.ts so that `cssp check`, which
// hashes editions without their records, never loads the diff modules.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { planChanges } from '../diff/changes.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import { firstYear, isSchoolYear, schoolYearStarting } from '../plan/school-year.js';
import { readPlan } from '../plan/read-plan.js';
import type { Plan } from '../plan/types.generated.js';
import type { RecordOfChanges } from '../edition/view.js';

/** The record for `plan` (read from `file`), made when called; undefined when last year's plan is missing. */
export function recordOfChangesFor(plan: Plan, file: string): () => RecordOfChanges | undefined {
  return () => {
    const previous = previousPlan(plan, file);
    if (!previous) return undefined;
    const items = planChanges(previous.plan, plan as PartialPlan).map(({ area, text }) => ({ area, text }));
    return { from: previous.schoolYear, items };
  };
}

/**
 * The same site's plan of the school year before (<plansDir>/<year before>/<site>.yaml), for the
 * record of changes. One that is missing or cannot be read as YAML gives no record, not an error:
 * last year's plan is not what is being printed.
 */
function previousPlan(plan: Plan, file: string): { schoolYear: string; plan: PartialPlan } | undefined {
  if (!isSchoolYear(plan.schoolYear)) return undefined;
  const schoolYear = schoolYearStarting(firstYear(plan.schoolYear) - 1);
  const path = join(dirname(dirname(file)), schoolYear, basename(file));
  if (!existsSync(path)) return undefined;
  try {
    const { data } = readPlan(path);
    return data && typeof data === 'object' ? { schoolYear, plan: data as PartialPlan } : undefined;
  } catch {
    return undefined;
  }
}
