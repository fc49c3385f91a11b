// Reads the plan to print (through the one reader). A plan with YAML or schema errors is refused:
// printing half a plan for responders is worse than printing none.
import { schemaDiagnostics } from '../check/engine.js';
import { isBlocking } from '../check/usable.js';
import { validatePlan } from '../check/validators.js';
import { CsspError } from '../errors.js';
import { readPlan } from '../plan/read-plan.js';
import type { SourceFile } from '../plan/source.js';
import type { Plan } from '../plan/types.generated.js';

/** A plan that cannot be printed: the message lists its first errors (exit 1, from render and bundle alike: a finding in the plan). */
export class PlanError extends CsspError {}

/** The plan's data, or a PlanError listing its first errors; `action` names what was refused ("rendered"). */
export function loadPlan(file: string, cwd: string, action = 'rendered', source: SourceFile = readPlan(file)): Plan {
  const errors = [...source.diagnostics, ...schemaDiagnostics(source, validatePlan)].filter(isBlocking);
  if (errors.length === 0) return source.data as Plan;
  const shown = errors.slice(0, 3).map((d) => `  ${relativeTo(cwd, d.file)}:${d.line}:${d.column} ${d.message}`);
  throw new PlanError(
    `${relativeTo(cwd, file)} cannot be ${action}: it has ${errors.length} error${errors.length === 1 ? '' : 's'}.\n${shown.join('\n')}`,
    `Run cssp check ${relativeTo(cwd, file)} and fix the errors first.`,
    1,
  );
}

const relativeTo = (cwd: string, file: string) => (file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file);
