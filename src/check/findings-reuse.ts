// Reusing plans' findings through the check cache (parse-cache.ts): a plan whose bytes are as they
// were, in a district whose other files, config and --as-of are as they were (results-key.ts), gets
// the findings of the last run without being parsed or checked. District-wide rules always run.
import { resolve } from 'node:path';
import { isPlanPath } from '../plan/discover.js';
import type { Diagnostic } from '../diagnostic.js';
import type { BatchResult, FileAccess } from './batch.js';
import type { FileStamp, ParseCache } from './parse-cache.js';
import { hashBytes } from './cache-keys.js';
import { isInside, readRegularFile } from '../util/files.js';
import { decodeText } from '../plan/decode.js';
import { resultsKey } from './results-key.js';

export class FindingsReuse {
  constructor(private readonly cache: ParseCache, private readonly root: string, private readonly hashes: ReadonlyMap<string, string>) {}

  /** Decides whether last run's findings may be used (and these kept) for this run's inputs. */
  start(asOf: string, configText: string, plansDir: string): void {
    const plans = resolve(this.root, plansDir);
    // Where the search finds plans (up to three levels down, as plansDir `.` over plans/<year>/ has them):
    // a plan counted as an input would make every edit of it a change for all the others.
    const isPlan = (path: string) => isPlanPath(path, plans);
    const hashOf = (path: string, stamp: FileStamp) => {
      let hash = this.cache.knownHash(path, stamp);
      if (hash) return hash;
      try {
        hash = hashBytes(readRegularFile(path));
      } catch {
        return undefined;
      }
      this.cache.record(path, hash, stamp);
      return hash;
    };
    this.cache.useResults(resultsKey({ root: this.root, asOf, configText, isPlan, exclude: new Set([this.cache.location]), hashOf }));
  }

  /** `file`'s findings from the last run (kept for the next one), or undefined: check it. */
  findingsOf(file: string): Diagnostic[] | undefined {
    const hash = this.hashes.get(file);
    const found = hash !== undefined && this.watched(file) ? this.cache.findingsOf(file, hash) : undefined;
    if (!found) return undefined;
    this.cache.putFindings(file, hash!, found);
    return found.map((d) => ({ ...d, file }));
  }

  /** Keeps what a batch found for each plan it checked, except plans whose check looked outside the district. */
  keep(result: Pick<BatchResult, 'files' | 'outside' | 'diagnostics'>): void {
    const byFile = new Map<string, Omit<Diagnostic, 'file'>[]>(result.files.map((f) => [f, []]));
    for (const { file, ...rest } of result.diagnostics) byFile.get(file)?.push(rest);
    const outside = new Set(result.outside);
    for (const [file, found] of byFile) {
      const hash = this.hashes.get(file);
      // A file that could not be read this time (permissions change no content or time) is looked at again.
      const unread = found.some((d) => d.ruleId === 'file-read');
      if (hash !== undefined && !unread && !outside.has(file) && this.watched(file)) this.cache.putFindings(file, hash, found);
    }
  }

  /** Only a plan inside the district folder: its relative paths are then read from a watched folder. */
  private watched(file: string): boolean {
    return isInside(file, this.root);
  }
}

/** A plan's text for code frames, read when a formatter asks, decoded as every reading does (undecodable: none). */
export function textOf(access: Pick<FileAccess, 'read'>, file: string): string {
  try {
    return decodeText(access.read(file), []) ?? '';
  } catch {
    return ''; // gone since it was checked: no code frame, the findings stand
  }
}
