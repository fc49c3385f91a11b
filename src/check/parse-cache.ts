// `cssp check --cache`: what parsing each file produced (data, positions, YAML errors), keyed by
// a hash of the file's bytes, so an unchanged plan is never parsed twice; and each plan's findings,
// reused only while everything they depend on is as it was (results-key.ts: --as-of, the config,
// every other file of the district), so a cache never freezes a finding the inputs no longer give.
//
// The file format is in cache-file.ts. Entries are parsed only when used, and positions only when
// a finding needs them, so a warm check parses little more than each plan's data.
import type { Diagnostic } from '../diagnostic.js';
import type { PositionLookup, PositionTable } from '../plan/positions.js';
import { decodeLineStarts, positionsInJson } from './cached-positions.js';
import { CacheFileReader, CacheFileWriter, type Span } from './cache-file.js';

const RACY_MS = 3000;
export const DEFAULT_CACHE_FILE = '.cssp-cache';

/** The parse of one file, as ASCII JSON texts (made where the file was parsed, possibly a worker). */
export interface CacheEntry {
  file: string;
  hash: string;
  data: string;
  diagnostics: string;
  positions: string;
  /** False when the text could not be decoded (encoding or size error): code frames get no text. */
  decoded: boolean;
}

export interface CachedParse {
  data: unknown;
  diagnostics: Omit<Diagnostic, 'file'>[];
  positions: () => PositionTable;
  /** One entry of the table, without parsing all of it. */
  positionAt: PositionLookup;
  /** Where each line of the file starts. */
  lineStarts: () => number[];
  decoded: boolean;
}

/** A file's size and modification time: while both stay as they were, its hash is taken as known. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** path -> [content hash, size, mtimeMs]; the stamp is 0, 0 when it was not known. */
type FileRecord = [string, number, number];

/** A plan's findings (without the file name) as its last check gave them, for the content `hash`. */
export type StoredFindings = [hash: string, diagnostics: Omit<Diagnostic, 'file'>[]];

interface Results {
  /** results-key.ts: what the findings were computed from besides each plan. */
  key: string;
  plans: Record<string, StoredFindings>;
}

interface Header {
  build: string;
  /** When the cache was written (ms): a file modified within a few seconds of it is hashed again. */
  savedAt: number;
  files: Record<string, FileRecord>;
  entries: Record<string, Span>;
  results?: Results;
}

export class ParseCache {
  readonly notices: string[] = [];
  private old: CacheFileReader<Header> | undefined;
  private files: Record<string, FileRecord>;
  private readonly written = new Map<string, Span>();
  private out: CacheFileWriter | undefined;
  private writable = true;
  private resultsKey: string | undefined;
  private results: Record<string, StoredFindings> = {};
  private resultsChanged = false;
  private anyEntries: boolean | undefined;

  constructor(readonly location: string, readonly build: string) {
    this.old = this.open();
    this.files = { ...this.old?.header.files };
  }

  /**
   * The content hash of an unchanged file without reading it, as git's index does: the size and
   * modification time match the last run, and the file was not modified in the seconds before
   * that run wrote the cache (a change in the same clock tick would otherwise go unseen).
   */
  knownHash(file: string, stamp: FileStamp | undefined): string | undefined {
    const known = this.old?.header.files[file];
    if (!known || !stamp || !known[1]) return undefined;
    const same = known[1] === stamp.size && known[2] === stamp.mtimeMs && stamp.mtimeMs < this.old!.header.savedAt - RACY_MS;
    return same ? known[0] : undefined;
  }

  /** Findings are reused and stored under `key` (undefined: neither); call before any of the below. */
  useResults(key: string | undefined): void {
    this.resultsKey = key;
    this.resultsChanged = key !== this.old?.header.results?.key;
  }

  /** The findings of `file` with content `hash` from the last run, when its inputs are unchanged. */
  findingsOf(file: string, hash: string): Omit<Diagnostic, 'file'>[] | undefined {
    const old = this.old?.header.results;
    const stored = this.resultsKey !== undefined && old?.key === this.resultsKey ? old.plans[file] : undefined;
    return stored?.[0] === hash && Array.isArray(stored[1]) && stored[1].every(isStoredFinding) ? stored[1] : undefined;
  }

  /** Keeps the findings of `file` (content `hash`) for the next run. */
  putFindings(file: string, hash: string, diagnostics: Omit<Diagnostic, 'file'>[]): void {
    if (this.resultsKey === undefined) return;
    this.results[file] = [hash, diagnostics];
    if (!this.resultsChanged) this.resultsChanged = this.old?.header.results?.plans[file]?.[0] !== hash;
  }

  /** Where an entry's data lies in the cache file: plans checked in this order are read in one pass. */
  offsetOf(hash: string): number {
    return this.old?.header.entries[hash]?.[0] ?? 0;
  }

  /** Whether anything stored could be this file's: a stored parse (any), or findings for its path. */
  mayHold(file: string): boolean {
    const header = this.old?.header;
    if (!header) return false;
    this.anyEntries ??= Object.keys(header.entries).length > 0;
    return this.anyEntries || (this.resultsKey !== undefined && header.results?.key === this.resultsKey && header.results.plans[file] !== undefined);
  }

  has(hash: string): boolean {
    return this.old?.header.entries[hash] !== undefined;
  }

  /** Remembers which content a file had (and its stamp), so the next run can skip reading it. */
  record(file: string, hash: string, stamp: FileStamp | undefined): void {
    this.files[file] = [hash, stamp?.size ?? 0, stamp?.mtimeMs ?? 0];
  }

  get(file: string, hash: string): CachedParse | undefined {
    const old = this.old;
    const span = old?.header.entries[hash];
    if (!span || !old) return undefined;
    try {
      // Entries are ASCII (asciiJson), so decoding them is a byte copy, not UTF-8 decoding.
      const [dataText, diagnosticsText] = old.texts(span);
      const [data] = JSON.parse(dataText) as unknown[]; // [] when the file had no data
      const diagnostics = JSON.parse(diagnosticsText) as Omit<Diagnostic, 'file'>[];
      if (this.files[file]?.[0] !== hash) this.files[file] = [hash, 0, 0];
      // The positions segment (read on the first finding): the line starts, then the table's JSON,
      // kept as a view of the bytes: a lookup finds its entry in them and makes a string of that
      // entry only. A view the reader has since reused is taken again.
      let stored: { starts: number[]; table: Buffer; valid: () => boolean } | undefined;
      const segment = () => {
        if (!stored?.valid()) {
          const { bytes, valid } = old.positionsView(span);
          const { starts, tableAt } = decodeLineStarts(bytes);
          stored = { starts, table: bytes.subarray(tableAt), valid };
        }
        return stored;
      };
      return {
        data, diagnostics, decoded: span[5] === 1,
        positions: () => JSON.parse(segment().table.toString('latin1')) as PositionTable,
        positionAt: positionsInJson(() => segment().table),
        lineStarts: () => segment().starts,
      };
    } catch {
      this.damaged('an entry cannot be read');
      return undefined;
    }
  }

  put(entry: CacheEntry): void {
    if (this.files[entry.file]?.[0] !== entry.hash) this.files[entry.file] = [entry.hash, 0, 0];
    if (!this.writable || this.written.has(entry.hash) || this.has(entry.hash)) return;
    try {
      this.out ??= new CacheFileWriter(this.location);
      const [data, diagnostics, positions] = [entry.data, entry.diagnostics, entry.positions].map((s) => Buffer.from(s, 'latin1'));
      this.written.set(entry.hash, this.out.add(data!, diagnostics!, positions!, entry.decoded));
    } catch (err) {
      this.failed(err);
    }
  }

  /** Writes the cache when anything changed (to temp files, then a rename), and closes it. Never throws. */
  save(): void {
    const unchanged = !this.out && this.old && sameFiles(this.files, this.old.header.files) && !this.resultsChanged;
    try {
      if (!this.writable || unchanged) return;
      const entries: Record<string, Span> = {};
      // A file without a stored parse (read by the fast path, or its entry lost) keeps its record:
      // its hash still spares the next run reading it, and its findings are keyed by it.
      for (const [hash] of Object.values(this.files)) {
        if (entries[hash]) continue;
        const span = this.written.get(hash) ?? this.copyOld(hash);
        if (span) entries[hash] = span;
      }
      this.out ??= new CacheFileWriter(this.location);
      // Findings of plans this run did not check (a run of some plans) stay, while their inputs do.
      const kept = this.old?.header.results?.key === this.resultsKey ? this.old?.header.results?.plans : undefined;
      const results = this.resultsKey === undefined ? undefined : { key: this.resultsKey, plans: { ...kept, ...this.results } };
      this.out.finish({ build: this.build, savedAt: Date.now(), files: this.files, entries, ...(results ? { results } : {}) } satisfies Header, this.location);
    } catch (err) {
      this.failed(err);
    } finally {
      this.old?.close();
    }
  }

  /** Lets go of the cache file without writing (a worker thread's read-only view). */
  close(): void {
    this.old?.close();
  }

  private open(): CacheFileReader<Header> | undefined {
    let opened;
    try {
      opened = CacheFileReader.open<Header>(this.location);
    } catch (err) {
      this.writable = false;
      this.notices.push(`Cannot use the check cache ${this.location}: ${(err as Error).message}. It was not used.`);
      return undefined;
    }
    if (opened.kind === 'foreign') {
      // Not ours: never overwrite a file that --cache-location may have named by mistake.
      this.writable = false;
      this.notices.push(`${this.location} is not a cssp check cache, so it was neither used nor overwritten. Point --cache-location at another file.`);
    }
    if (opened.kind === 'damaged') this.damaged('its index cannot be read');
    if (opened.kind !== 'ok') return undefined;
    const header = opened.reader.header;
    const valid = typeof header?.files === 'object' && typeof header.entries === 'object' && typeof header.savedAt === 'number';
    if (!valid) this.damaged('its index cannot be read');
    // Another cssp build or yaml version may read files differently: start afresh, silently.
    if (valid && header.build === this.build) return opened.reader;
    opened.reader.close();
    return undefined;
  }

  private damaged(why: string): void {
    this.notices.push(`The check cache ${this.location} is damaged (${why}); it was ignored and will be rebuilt.`);
    this.old?.close();
    this.old = undefined;
    this.files = {};
  }

  private failed(err: unknown): void {
    this.out?.abort();
    this.out = undefined;
    if (this.writable) this.notices.push(`Could not write the check cache ${this.location}: ${(err as Error).message}.`);
    this.writable = false;
  }

  private copyOld(hash: string): Span | undefined {
    const span = this.old?.header.entries[hash];
    if (!span || !this.old) return undefined;
    const bytes = this.old.dataBytes(span);
    const data = bytes.subarray(0, span[1]);
    const diagnostics = bytes.subarray(span[1]);
    this.out ??= new CacheFileWriter(this.location);
    return this.out.add(data, diagnostics, this.old.positions(span), span[5] === 1);
  }
}

/** A stored finding a formatter can print (a cache edited by hand or damaged is checked again, never trusted). */
function isStoredFinding(d: unknown): boolean {
  const f = d as Partial<Diagnostic> | null;
  return typeof f === 'object' && f !== null && typeof f.ruleId === 'string' && typeof f.message === 'string'
    && (f.severity === 'error' || f.severity === 'warning' || f.severity === 'info')
    && [f.line, f.column, f.endLine, f.endColumn].every((n) => Number.isInteger(n) && n! >= 1);
}

function sameFiles(a: Record<string, FileRecord>, b: Record<string, FileRecord>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k]!.join('\0') === b[k]?.join('\0'));
}
