// What a plan's findings depend on besides its own bytes and place: --as-of, the config, cssp's
// build (the whole cache is per build) and the other files of the district folder, the only files
// plan rules consult (maps, standards, translations; through PlanContext, never directly). The
// key hashes the config's text and each such file's path and content (its content hash is taken
// from the cache's record while its size and modification time are unchanged, as for plans; a
// fresh checkout, which changes every modification time, reads them once), so a changed map or a
// new translation makes every plan be checked again, never wrongly reused.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileStamp } from './parse-cache.js';

/** Folders that are never district inputs: dependencies. Dot-files and dot-folders (.git) are skipped as well. */
const NOT_INPUTS = new Set(['node_modules']);

export interface ResultsKeyInput {
  root: string;
  asOf: string;
  configText: string;
  /** Plan files (`<plansDir>/<year>/<site>.yaml`): no plan rule reads another plan, so only where they are counts. */
  isPlan: (path: string) => boolean;
  /** Files that are no input at all (the cache file). */
  exclude: ReadonlySet<string>;
  /** A file's content hash (undefined when it cannot be read). */
  hashOf: (path: string, stamp: FileStamp) => string | undefined;
}

export function resultsKey(input: ResultsKeyInput): string {
  const hash = createHash('sha256').update(`as-of ${input.asOf}\nconfig ${input.configText.length}\n`).update(input.configText);
  const stack = [input.root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      hash.update(`unreadable ${dir}\n`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || NOT_INPUTS.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        stack.push(path);
        hash.update(`dir ${path}\n`);
      } else if (input.exclude.has(path)) {
        continue;
      } else if (input.isPlan(path)) {
        hash.update(`plan ${path}\n`); // where plans are matters (a rule may ask whether a path exists), not what they hold
      } else {
        const stat = statSync(path, { throwIfNoEntry: false }); // follows links: a linked map's content counts
        const content = stat?.isFile() ? input.hashOf(path, stat) : stat ? 'not a file' : 'missing';
        // One that cannot be read (too large, no permission) by its size and time: a change still counts.
        hash.update(`file ${path} ${content ?? `unreadable ${stat!.size} ${stat!.mtimeMs}`}\n`);
      }
    }
  }
  return hash.digest('base64url');
}
