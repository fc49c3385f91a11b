// Writing a plan that cssp made or edited: the same schema and rules as `cssp check`, then an
// atomic write. YAML or schema errors stop the write (the edit, or what the user gave, is wrong);
// rule findings are returned for the command to show, since a plan in progress has some.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ALL_CHECKS } from '../check/builtin.js';
import { checkSource } from '../check/batch.js';
import { loadConfig } from '../check/config.js';
import type { Diagnostic } from '../diagnostic.js';
import { ConfigError, CsspError, UsageError } from '../errors.js';
import { CONFIG_FILE, plansDirOf } from './paths.js';
import { loadSource } from './source.js';
import type { DistrictConfig } from './types.generated.js';
import { writeFileAtomic } from './write.js';

export interface District {
  root: string;
  plansDir: string;
  config: DistrictConfig;
}

/** The district at `root`; a missing or invalid cssp.config.yaml is a ConfigError naming its first problem. */
export function openDistrict(root: string): District {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) {
    throw new ConfigError(`No ${CONFIG_FILE} in ${root}.`, 'Run cssp inside your district folder, or create one with `cssp init`.');
  }
  const loaded = loadConfig(loadSource(file, readFileSync(file)), ALL_CHECKS.map((m) => m.id));
  if (!loaded.config) {
    const first = loaded.diagnostics.find((d) => d.severity === 'error');
    throw new ConfigError(
      `${CONFIG_FILE} has errors${first ? `; the first, at line ${first.line}: ${first.message}` : '.'}`,
      'Run `cssp check` to see them all, and fix them first.',
    );
  }
  return { root, plansDir: plansDirOf(loaded.config), config: loaded.config };
}

/** Every finding `cssp check` would report on this text at `file`, as of `asOf`. */
export function checkPlanText(file: string, text: string, district: District, asOf: string): Diagnostic[] {
  const ctx = { root: district.root, config: district.config, asOf, collectCache: false };
  return checkSource(loadSource(file, text), ctx, existsSync);
}

const blocking = (d: Diagnostic) => d.severity === 'error' && (d.ruleId === 'schema' || d.ruleId.startsWith('yaml'));

/** Checks, then writes atomically; never replaces a file unless `force`. Returns the findings. */
export function savePlan(file: string, text: string, district: District, options: { asOf: string; force?: boolean }): Diagnostic[] {
  const shown = relative(district.root, file);
  if (!options.force && existsSync(file)) {
    throw new UsageError(`${shown} already exists; cssp did not change it.`, 'Pass --force to replace it, or choose another --year or --site.');
  }
  const diagnostics = checkPlanText(file, text, district, options.asOf);
  const broken = diagnostics.filter(blocking);
  if (broken.length) {
    const list = broken.map((d) => `  ${d.line}:${d.column} ${d.message}`).join('\n');
    throw new CsspError(`The plan for ${shown} would not be valid, so it was not written:\n${list}`, 'Correct what the options or files you gave say at these places, then run again.');
  }
  writeFileAtomic(file, text);
  return diagnostics;
}
