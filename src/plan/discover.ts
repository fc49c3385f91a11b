// Finds the district root and the plan files to check. The only fs code of the check pipeline.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { CONFIG_FILE } from './paths.js';
import { isSchoolYear } from './school-year.js';

/**
 * The folder holding cssp.config.yaml: the nearest one at or above `from`; failing that, the
 * sample district in ./plans (the embedded default the README demo uses).
 */
export function findDistrictRoot(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    if (dirname(dir) === dir) break;
  }
  const sample = resolve(from, 'plans');
  return existsSync(join(sample, CONFIG_FILE)) ? sample : undefined;
}

const isPlanFile = (name: string) => /\.ya?ml$/.test(name) && !name.startsWith('.') && name !== CONFIG_FILE;

/** Plan files under `dir`: any <school-year>/<site-id>.yaml up to three levels down. */
export function findPlanFiles(dir: string, depth = 0): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (isSchoolYear(entry.name)) out.push(...readdirSync(full).filter(isPlanFile).sort().map((f) => join(full, f)));
      else if (depth < 2) out.push(...findPlanFiles(full, depth + 1));
    }
  }
  return out;
}

/** Expands the paths given on the command line: plan files as they are, folders searched. */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const full = resolve(cwd, p);
    if (!existsSync(full)) throw new ConfigError(`No such file or folder: ${p}`);
    if (statSync(full).isDirectory()) {
      const found = isSchoolYear(basename(full)) ? readdirSync(full).filter(isPlanFile).sort().map((f) => join(full, f)) : findPlanFiles(full);
      files.push(...found);
    } else {
      files.push(full);
    }
  }
  return [...new Set(files)];
}

/** existsSync with memory: every plan asks about the same standards/ files. */
export function cachedExists(): (file: string) => boolean {
  const seen = new Map<string, boolean>();
  return (file) => {
    let hit = seen.get(file);
    if (hit === undefined) seen.set(file, (hit = existsSync(file)));
    return hit;
  };
}
