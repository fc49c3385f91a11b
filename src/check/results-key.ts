// What a plan's findings depend on besides its own bytes and place: --as-of, the config, cssp's
// build (the whole cache is per build) and the other files of the district folder, the only files
// plan rules consult (maps, standards, translations; through PlanContext, never directly). The
// key hashes the config's text and every such file's path, size and modification time, so a
// changed map or a new translation makes every plan be checked again, never wrongly reused.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file changed this recently may change again within its clock tick unseen (as git's racy check). */
const RACY_MS = 3000;
/** Folders that are never district inputs: git's, dependencies. Dot-files are skipped as well. */
const NOT_INPUTS = new Set(['node_modules']);

export interface ResultsKeyInput {
  root: string;
  asOf: string;
  configText: string;
  /** Plan files (`<plansDir>/<year>/<site>.yaml`): no plan rule reads another plan, so only where they are counts. */
  isPlan: (path: string) => boolean;
  /** Files that are no input at all (the cache file). */
  exclude: ReadonlySet<string>;
  now?: number;
}

/** The key, or undefined when a district file changed too recently to trust its stamp. */
export function resultsKey(input: ResultsKeyInput): string | undefined {
  const hash = createHash('sha256').update(`as-of ${input.asOf}\nconfig ${input.configText.length}\n`).update(input.configText);
  const newest = (input.now ?? Date.now()) - RACY_MS;
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
        continue;
      }
      if (input.exclude.has(path)) continue;
      if (input.isPlan(path)) {
        hash.update(`plan ${path}\n`); // where plans are matters (a rule may ask whether a path exists), not what they hold
        continue;
      }
      const stat = statSync(path, { throwIfNoEntry: false }); // follows links: a linked map's own changes count
      if (stat && stat.mtimeMs > newest) return undefined;
      hash.update(`file ${path} ${stat?.size ?? -1} ${stat?.mtimeMs ?? -1}\n`);
    }
  }
  return hash.digest('base64url');
}
