// Where a command writes what it makes when -o is not given. PDFs hold responder and confidential
// content; written into the current folder (usually the district repository) they were swept into
// commits by `git add .`. One folder at the district root, which `cssp init`'s .gitignore ignores.
import { readText } from '../util/files.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const OUT_FOLDER = 'out';

/** out/<name> at the district root; outside a district, <name> in the current folder. */
export function defaultOutput(root: string | undefined, cwd: string, name: string): string {
  return join(root ?? cwd, root ? OUT_FOLDER : '', name);
}

/** The lines cssp init writes into .gitignore for its outputs. */
export const IGNORED_OUTPUTS = [`/${OUT_FOLDER}/`, '*.pdf'];

/**
 * Does the district's .gitignore ignore out/? A plain reading of the patterns people write for a
 * folder at the root (out, out/, /out, /out/, out/*): enough for doctor's warning, not a git engine.
 */
export function ignoresOutFolder(root: string): boolean {
  const file = join(root, '.gitignore');
  if (!existsSync(file)) return false;
  const lines = readText(file, { limit: 1024 * 1024 }).split(/\r?\n/).map((l) => l.trim());
  const negated = lines.some((l) => /^!\/?out(\/.*)?$/.test(l));
  return !negated && lines.some((l) => /^\/?out(\/(\*\*?)?)?$/.test(l));
}
