// Reads what rendering a plan needs: the plan (through the one loader) and the district config
// (standards and maps: inputs.ts). A plan with YAML or schema errors is refused: printing half a
// plan for responders is worse than printing none.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../check/config.js';
import { schemaDiagnostics } from '../check/engine.js';
import { validatePlan } from '../check/validators.js';
import { readSource } from '../check/batch.js';
import { CsspError } from '../errors.js';
import { cachedExists, readRegularFile } from '../plan/discover.js';
import { CONFIG_FILE } from '../plan/paths.js';
import type { DistrictConfig, Plan } from '../plan/types.generated.js';

const access = { read: readRegularFile, exists: cachedExists() };

/** A plan that cannot be rendered: the message lists its first errors (exit 1 from bundle, 2 from render). */
export class PlanError extends CsspError {}

export function loadDistrictConfig(root: string | undefined): DistrictConfig | undefined {
  const file = root && join(root, CONFIG_FILE);
  if (!file || !existsSync(file)) return undefined;
  return loadConfig(readSource(file, access).source, []).config;
}

/** The plan's data, or a PlanError listing its first errors; `action` names what was refused ("rendered"). */
export function loadPlan(file: string, cwd: string, action = 'rendered'): Plan {
  const { source } = readSource(file, access);
  const errors = [...source.diagnostics, ...schemaDiagnostics(source, validatePlan)].filter((d) => d.severity === 'error');
  if (errors.length === 0) return source.data as Plan;
  const shown = errors.slice(0, 3).map((d) => `  ${relativeTo(cwd, d.file)}:${d.line}:${d.column} ${d.message}`);
  throw new PlanError(
    `${relativeTo(cwd, file)} cannot be ${action}: it has ${errors.length} error${errors.length === 1 ? '' : 's'}.\n${shown.join('\n')}`,
    `Run cssp check ${relativeTo(cwd, file)} and fix the errors first.`,
    1,
  );
}

const relativeTo = (cwd: string, file: string) => (file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file);
