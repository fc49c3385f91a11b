// Finds the district root and the plan files to check (directory walks and stats; reading is read-plan.ts).
// Nothing is opened here: a named pipe or device named like a plan would block a read forever,
// so every candidate is stat'ed first and only regular files are handed on.
import { fileKind } from '../util/files.js';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError, UsageError } from '../errors.js';
import { CONFIG_FILE } from './paths.js';
import { isSchoolYear } from './school-year.js';

/** A file named like a plan that is not a regular file: reported, never opened. */
export interface SkippedFile {
  file: string;
  /** What it is instead, in words: "a named pipe". */
  kind: string;
}

export interface PlanFiles {
  files: string[];
  skipped: SkippedFile[];
  /** Size and modification time of each file, as stat'ed while searching (the check cache's stamp). */
  stamps: Map<string, { size: number; mtimeMs: number }>;
}

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

const isPlanName = (name: string) => /\.ya?ml$/.test(name) && !name.startsWith('.') && name !== CONFIG_FILE;
/** Folders the search never enters: translations/<year>/<site>.<lang>.yaml are the family edition's translations, not plans. */
const notSearched = (name: string) => name === 'node_modules' || name === 'translations' || name.startsWith('.');
/** School-year folders lie at most this many levels below the plans folder. */
const MAX_YEAR_LEVEL = 3;

/**
 * Whether `file` is where the search below (findPlanFiles of `plansRoot`) finds plans:
 * <up to two folders>/<school-year>/<name>.yaml, through no folder it skips.
 */
export function isPlanPath(file: string, plansRoot: string): boolean {
  const rel = relative(plansRoot, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  const parts = rel.split(sep);
  if (parts.length < 2 || parts.length > MAX_YEAR_LEVEL + 1 || !isPlanName(parts.at(-1)!) || !isSchoolYear(parts.at(-2)!)) return false;
  // A school-year folder is searched for plans only, not for folders: none above the plan's.
  return parts.slice(0, -2).every((folder) => !notSearched(folder) && !isSchoolYear(folder));
}

/** What a file is when it is not a regular file, in words; undefined for a regular file. */
export { fileKind, readRegularFile } from '../util/files.js';

class Search {
  readonly found: PlanFiles = { files: [], skipped: [], stamps: new Map() };
  // Real paths of the folders searched: links to folders are followed, and this is what stops a
  // link loop (plans/loop -> ..) or a second link to one folder from being searched again.
  private readonly visited = new Set<string>();

  private enter(dir: string): boolean {
    const real = realpathSync(dir);
    if (this.visited.has(real)) return false;
    this.visited.add(real);
    return true;
  }

  private addPlan(file: string): void {
    const stats = statSync(file, { throwIfNoEntry: false }); // follows links: a linked plan is fine
    const kind = stats ? fileKind(stats) : 'a link to a file that does not exist';
    if (kind) this.found.skipped.push({ file, kind });
    else {
      this.found.files.push(file);
      this.found.stamps.set(file, { size: stats!.size, mtimeMs: stats!.mtimeMs });
    }
  }

  /** Every <site-id>.yaml in a school-year folder. */
  year(dir: string): void {
    if (!this.enter(dir)) return;
    for (const name of readdirSync(dir).filter(isPlanName).sort()) this.addPlan(join(dir, name));
  }

  /** School-year folders up to three levels down. */
  folder(dir: string, depth = 0): void {
    if (!this.enter(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (notSearched(entry.name)) continue;
      const full = join(dir, entry.name);
      const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && !!statSync(full, { throwIfNoEntry: false })?.isDirectory());
      if (!isFolder) continue;
      if (isSchoolYear(entry.name)) this.year(full);
      else if (depth < MAX_YEAR_LEVEL - 1) this.folder(full, depth + 1);
    }
  }

  /** A path named on the command line: a folder is searched, a file must be a plan file. */
  argument(given: string, full: string): void {
    const stats = statSync(full, { throwIfNoEntry: false });
    if (!stats) throw new ConfigError(`No such file or folder: ${given}`);
    if (stats.isDirectory()) return isSchoolYear(basename(full)) ? this.year(full) : this.folder(full);
    const kind = fileKind(stats);
    if (kind || !isPlanName(basename(full))) throw notAPlan(given, kind);
    this.found.files.push(full);
    this.found.stamps.set(full, { size: stats.size, mtimeMs: stats.mtimeMs });
  }
}

// Refused outright (exit 2) rather than checked: README.md "checked" as a plan gives dozens of
// meaningless errors, and a device or pipe would never finish reading. One bad path fails the run
// even when the others are plans, so a mistyped CI command is noticed instead of checking less.
function notAPlan(given: string, kind: string | undefined): UsageError {
  const what = basename(given) === CONFIG_FILE ? ': it is the district settings file, which cssp check reads by itself' : kind ? `: it is ${kind}, not a regular file` : '';
  return new UsageError(
    `${given} is not a plan file${what}.`,
    'Plans are YAML files named plans/<school-year>/<site-id>.yaml, for example plans/2026-27/lincoln-elementary.yaml. ' +
      'Name plan files or folders, or run cssp check with no paths to check the whole district.',
  );
}

/** Plan files under `dir`: any <school-year>/<site-id>.yaml up to three levels down. */
export function findPlanFiles(dir: string): PlanFiles {
  const search = new Search();
  search.folder(dir);
  return search.found;
}

/** Expands the paths given on the command line: plan files as they are, folders searched. */
export function expandPaths(paths: readonly string[], cwd: string): PlanFiles {
  const search = new Search();
  for (const p of paths) search.argument(p, resolve(cwd, p));
  const { files, skipped, stamps } = search.found;
  return { files: [...new Set(files)], skipped, stamps };
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
