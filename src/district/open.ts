// Opening a district: the one way every command reads cssp.config.yaml. Strict: a config with an
// error stops the command (exit 2) with the first error at file:line:column, as `cssp check`
// reports it, because printing or editing with half a config gives wrong output silently (a
// public edition without the district's name and public contacts).
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ALL_CHECKS } from '../check/builtin.js';
import { loadConfig, type LoadedConfig } from '../check/config.js';
import { ConfigError } from '../errors.js';
import { findDistrictRoot } from '../plan/discover.js';
import { CONFIG_FILE, plansDirOf } from '../plan/paths.js';
import { readPlan } from '../plan/read-plan.js';
import type { SourceFile } from '../plan/source.js';
import type { DistrictConfig } from '../plan/types.generated.js';

export interface District {
  root: string;
  plansDir: string;
  config: DistrictConfig;
  configFile: string;
  /** The config as read (positions of sites and rules, for findings against it). */
  configSource: SourceFile;
}

const knownRuleIds = ALL_CHECKS.map((m) => m.id);

/** Reads and validates cssp.config.yaml at `root` without judging it: what `cssp check` reports. */
function readDistrictConfig(root: string): LoadedConfig {
  return loadConfig(readPlan(join(root, CONFIG_FILE)), knownRuleIds);
}

/** The district at `root`; a missing or invalid cssp.config.yaml is a ConfigError naming its first error. */
export function openDistrict(root: string, cwd: string = root): District {
  const configFile = join(root, CONFIG_FILE);
  if (!existsSync(configFile)) {
    throw new ConfigError(`No ${CONFIG_FILE} in ${root}.`, 'Run cssp inside your district folder, or create one with `cssp init`.');
  }
  const loaded = readDistrictConfig(root);
  if (!loaded.config) throw configErrors(loaded, cwd);
  return { root, plansDir: plansDirOf(loaded.config), config: loaded.config, configFile, configSource: loaded.source };
}

/**
 * The district of a command: --root (relative to `cwd`) when given, else the folder of
 * cssp.config.yaml at or above `cwd` (or the sample district in ./plans). None found is a
 * ConfigError whose hint is `fix`.
 */
export function openDistrictFrom(rootOption: string | undefined, cwd: string, fix: string): District {
  const root = rootOption ? resolve(cwd, rootOption) : findDistrictRoot(cwd);
  if (!root) throw new ConfigError(`No ${CONFIG_FILE} found in ${cwd} or any folder above it.`, fix);
  return openDistrict(root, cwd);
}

/** The district holding a plan file (the config above it), opened strictly; undefined for a plan outside any district. */
export function districtOfPlan(file: string, cwd: string): District | undefined {
  const root = findDistrictRoot(dirname(file));
  return root ? openDistrict(root, cwd) : undefined;
}

function configErrors(loaded: LoadedConfig, cwd: string): ConfigError {
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  const shown = relative(cwd, loaded.source.file) || loaded.source.file;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  const where = first ? `${shown}:${first.line}:${first.column}: ${first.message}${more}` : `${shown} has errors.`;
  return new ConfigError(
    `The district settings have an error, so cssp stopped before doing anything:\n  ${where}`,
    `${first?.hint ? `${first.hint}\n` : ''}Fix ${CONFIG_FILE} first; \`cssp check\` lists every error in it.`,
  );
}
