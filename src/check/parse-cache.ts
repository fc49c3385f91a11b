// `cssp check --cache`: what parsing each file produced (data, positions, YAML errors), keyed by
// a hash of the file's bytes, so an unchanged plan is never parsed twice. Rule results are never
// cached: they depend on --as-of, the config, standards and maps, which a cache must not freeze.
//
// File layout: a 40-byte prefix ("cssp-parse-cache/1 <header offset>"), the entries' JSON texts
// one after another, then the header JSON (build, yaml version, file -> hash, hash -> spans).
// Entries are parsed only when used, and positions only when a finding needs them, so a warm
// check of a large district reads one file and parses little more than each plan's data.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostic.js';
import type { PositionTable } from '../plan/positions.js';

const MAGIC = 'cssp-parse-cache/1';
const PREFIX_BYTES = 40;
export const DEFAULT_CACHE_FILE = '.cssp-cache';

/** The parse of one file, as JSON texts (made where the file was parsed, possibly a worker). */
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
  decoded: boolean;
}

interface Header {
  build: string;
  files: Record<string, string>;
  /** hash -> [offset, data length, diagnostics length, positions length, decoded 0|1], byte offsets into the body */
  entries: Record<string, number[]>;
}

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('base64url');

/**
 * What a cache entry's validity depends on besides the file's bytes: the cssp code that read it
 * (every module of this build, so a rebuilt checkout never trusts an older cache) and the yaml
 * version. Computed only when --cache is on.
 */
export function buildId(): string {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256').update(`yaml ${(createRequire(import.meta.url)('yaml/package.json') as { version: string }).version}\n`);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|ts|json)$/.test(entry.name)) hash.update(`${relative(root, full)}\n`).update(readFileSync(full));
    }
  };
  walk(root);
  return hash.digest('base64url');
}

export class ParseCache {
  readonly notices: string[] = [];
  private old: { header: Header; body: Buffer } | undefined;
  private files: Record<string, string>;
  private readonly written = new Map<string, number[]>();
  private out: { fd: number; temp: string; offset: number } | undefined;
  private writable = true;

  constructor(readonly location: string, private readonly build: string) {
    this.old = this.read();
    this.files = { ...this.old?.header.files };
  }

  get(file: string, hash: string): CachedParse | undefined {
    const span = this.old?.header.entries[hash];
    if (!span || !this.old) return undefined;
    const [offset, dataLength, diagnosticsLength, positionsLength, decoded] = span as [number, number, number, number, number];
    const body = this.old.body;
    const json = (start: number, length: number) => JSON.parse(body.toString('utf8', start, start + length)) as unknown;
    try {
      const [data] = json(offset, dataLength) as unknown[]; // [] when the file had no data
      const diagnostics = json(offset + dataLength, diagnosticsLength) as Omit<Diagnostic, 'file'>[];
      const positionsAt = offset + dataLength + diagnosticsLength;
      this.files[file] = hash;
      return { data, diagnostics, decoded: decoded === 1, positions: () => json(positionsAt, positionsLength) as PositionTable };
    } catch {
      this.damaged('an entry cannot be read');
      this.files = {};
      return undefined;
    }
  }

  put(entry: CacheEntry): void {
    this.files[entry.file] = entry.hash;
    if (!this.writable || this.written.has(entry.hash) || this.old?.header.entries[entry.hash]) return;
    const parts = [entry.data, entry.diagnostics, entry.positions].map((s) => Buffer.from(s, 'utf8'));
    this.written.set(entry.hash, this.append(parts, entry.decoded));
  }

  /** Writes the cache when anything changed: a temp file beside it, then a rename. Never throws. */
  save(): void {
    const unchanged = !this.out && this.old && sameFiles(this.files, this.old.header.files);
    if (!this.writable || unchanged) return;
    try {
      const entries: Record<string, number[]> = {};
      for (const [file, hash] of Object.entries(this.files)) {
        if (entries[hash]) continue;
        const span = this.written.get(hash) ?? this.copyOld(hash);
        if (span) entries[hash] = span;
        else if (!existsSync(file)) delete this.files[file];
      }
      const out = this.output();
      const header = Buffer.from(JSON.stringify({ build: this.build, files: this.files, entries } satisfies Header));
      const headerAt = out.offset;
      writeSync(out.fd, header, 0, header.length, PREFIX_BYTES + headerAt);
      writeSync(out.fd, Buffer.from(`${`${MAGIC} ${headerAt}`.padEnd(PREFIX_BYTES - 1)}\n`), 0, PREFIX_BYTES, 0);
      closeSync(out.fd);
      renameSync(out.temp, this.location);
    } catch (err) {
      if (this.out) rmSync(this.out.temp, { force: true });
      this.notices.push(`Could not write the check cache ${this.location}: ${(err as Error).message}.`);
    }
  }

  private read(): { header: Header; body: Buffer } | undefined {
    if (!existsSync(this.location)) return undefined;
    let buffer: Buffer;
    try {
      if (!statSync(this.location).isFile()) throw new Error('it is not a regular file');
      buffer = readFileSync(this.location);
    } catch (err) {
      this.writable = false;
      this.notices.push(`Cannot use the check cache ${this.location}: ${(err as Error).message}. It was not used.`);
      return undefined;
    }
    const prefix = buffer.toString('utf8', 0, PREFIX_BYTES);
    if (!prefix.startsWith(`${MAGIC} `)) {
      // Not ours: never overwrite a file that --cache-location may have named by mistake.
      this.writable = buffer.length === 0;
      if (!this.writable) this.notices.push(`${this.location} is not a cssp check cache, so it was neither used nor overwritten. Point --cache-location at another file.`);
      return undefined;
    }
    try {
      const body = buffer.subarray(PREFIX_BYTES);
      const headerAt = Number(prefix.slice(MAGIC.length + 1).trim());
      const header = JSON.parse(body.toString('utf8', headerAt)) as Header;
      if (!Number.isInteger(headerAt) || typeof header.files !== 'object' || typeof header.entries !== 'object') throw new Error('bad header');
      // Another cssp build or yaml version may read files differently: start afresh, silently.
      if (header.build !== this.build) return undefined;
      return { header, body: body.subarray(0, headerAt) };
    } catch {
      this.damaged('its index cannot be read');
      return undefined;
    }
  }

  private damaged(why: string): void {
    this.notices.push(`The check cache ${this.location} is damaged (${why}); it was ignored and will be rebuilt.`);
    this.old = undefined;
  }

  private output() {
    if (!this.out) {
      const temp = join(dirname(this.location), `.cssp-cache.${process.pid}.${Date.now()}.tmp`);
      this.out = { fd: openSync(temp, 'w'), temp, offset: 0 };
    }
    return this.out;
  }

  private append(parts: Buffer[], decoded: boolean): number[] {
    const out = this.output();
    const span = [out.offset, parts[0]!.length, parts[1]!.length, parts[2]!.length, decoded ? 1 : 0];
    for (const part of parts) {
      writeSync(out.fd, part, 0, part.length, PREFIX_BYTES + out.offset);
      out.offset += part.length;
    }
    return span;
  }

  private copyOld(hash: string): number[] | undefined {
    const span = this.old?.header.entries[hash];
    if (!span || !this.old) return undefined;
    const [offset, a, b, c, decoded] = span as [number, number, number, number, number];
    const bytes = this.old.body.subarray(offset, offset + a + b + c);
    return this.append([bytes.subarray(0, a), bytes.subarray(a, a + b), bytes.subarray(a + b)], decoded === 1);
  }
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
