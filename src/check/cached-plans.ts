// Which plans the parse cache already holds. An unchanged file is known by its size and
// modification time (ParseCache.knownHash) and is not even read unless a finding needs its text;
// any other file is read and hashed.
import type { SourceFile } from '../plan/source.js';
import { cachedSource, type FileAccess } from './batch.js';
import { hashBytes } from './cache-keys.js';
import type { ParseCache } from './parse-cache.js';

export interface CacheHit {
  file: string;
  hash: string;
  bytes: Uint8Array | undefined;
}

/** Hits and misses; `hashes` gets the content hash of every file read (or known unchanged) here. */
export function lookUp(files: readonly string[], access: FileAccess, cache: ParseCache, hashes: Map<string, string>): { hits: CacheHit[]; misses: string[] } {
  const hits: CacheHit[] = [];
  const misses: string[] = [];
  for (const file of files) {
    const stamp = access.stamp?.(file);
    let hash = cache.knownHash(file, stamp);
    let bytes: Uint8Array | undefined;
    // Nothing stored could match (a first run, a changed district): the file is read, hashed and
    // recorded where it is checked (maybe on a worker), not read here first.
    if (!hash && !cache.mayHold(file)) {
      misses.push(file);
      continue;
    }
    if (!hash) {
      try {
        bytes = access.read(file);
      } catch {
        misses.push(file); // the batch reports why it cannot be read
        continue;
      }
      hash = hashBytes(bytes);
    }
    cache.record(file, hash, stamp);
    hashes.set(file, hash);
    if (cache.has(hash)) hits.push({ file, hash, bytes });
    else misses.push(file);
  }
  // In the order the cache file holds them, so their data is read in one pass.
  hits.sort((a, b) => cache.offsetOf(a.hash) - cache.offsetOf(b.hash));
  return { hits, misses };
}

/** The plan of a hit, or undefined when its entry cannot be read (then it is parsed as a miss). */
export function loadHit(hit: CacheHit, access: FileAccess, cache: ParseCache): SourceFile | undefined {
  const cached = cache.get(hit.file, hit.hash);
  if (!cached) return undefined;
  const bytes = () => {
    try {
      return hit.bytes ?? access.read(hit.file);
    } catch {
      return new Uint8Array(); // gone since it was looked up: no code frame, the findings stand
    }
  };
  return cachedSource(hit.file, bytes, cached);
}
