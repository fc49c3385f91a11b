// Writing a plan that cssp made or edited: the same schema and rules as `cssp check`, then an
// atomic write. YAML or schema errors stop the write (the edit, or what the user gave, is wrong);
// rule findings are returned for the command to show, since a plan in progress has some.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { checkSource } from '../check/batch.js';
import { isBlocking } from '../check/usable.js';
import type { Diagnostic } from '../diagnostic.js';
import { CsspError, UsageError } from '../errors.js';
import { loadSource, type SourceFile } from '../plan/source.js';
import { writeFileAtomic } from '../plan/write.js';
import type { District } from './open.js';

export type { District } from './open.js';

/** Every finding `cssp check` would report on this text at `file`, as of `asOf`. */
export function checkPlanText(file: string, text: string, district: District, asOf: string): Diagnostic[] {
  return checkPlanSource(loadSource(file, text), district, asOf);
}

/** The same, for a plan already read (render checks and prints the one reading). */
export function checkPlanSource(source: SourceFile, district: District, asOf: string): Diagnostic[] {
  // A fresh `exists` each time: what a check remembers about the district's files (maps' sizes,
  // where links lead) lasts one check, so the editor sees a map replaced while it is open.
  return checkSource(source, { root: district.root, config: district.config, asOf, collectCache: false }, (file) => existsSync(file));
}


/** Checks, then writes atomically; never replaces a file unless `force`. Returns the findings. */
export function savePlan(file: string, text: string, district: District, options: { asOf: string; force?: boolean }): Diagnostic[] {
  const diagnostics = checkBeforeSave(file, text, district, options);
  writeFileAtomic(file, text);
  return diagnostics;
}

/** What savePlan checks before it writes (a command writing the plan with other files does the writing itself). */
export function checkBeforeSave(file: string, text: string, district: District, options: { asOf: string; force?: boolean }): Diagnostic[] {
  const shown = relative(district.root, file);
  if (!options.force && existsSync(file)) {
    throw new UsageError(
      `${shown} already exists; cssp did not change it.`,
      `Choose another --year or --site. --force replaces it and discards everything written in it (only what git has committed can be got back: git show HEAD:${shown.split('\\').join('/')}).`,
    );
  }
  const diagnostics = checkPlanText(file, text, district, options.asOf);
  const broken = diagnostics.filter(isBlocking);
  if (broken.length) {
    const list = broken.map((d) => `  ${d.line}:${d.column} ${d.message}`).join('\n');
    throw new CsspError(`The plan for ${shown} would not be valid, so it was not written:\n${list}`, 'Correct what the options or files you gave say at these places, then run again.');
  }
  return diagnostics;
}
