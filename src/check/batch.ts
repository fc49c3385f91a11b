// Checks a batch of plan files: read, parse, schema and plan rules. Runs in the main thread or on
// a worker thread (worker.ts); with the parse cache on, it also returns what parsing produced.
import { readImageSize, type ImageSize } from '../util/image-size.js';
import { districtFileStatus, type DistrictFileStatus } from '../util/files.js';
import type { Diagnostic } from '../diagnostic.js';
import { readPlanFile, type ReadResult } from '../plan/read-plan.js';
import { lineStarts } from '../plan/text-position.js';
import { encodeLineStarts } from './cached-positions.js';
import { parseText, sourceFrom, type ParseResult, type SourceFile } from '../plan/source.js';
import type { DistrictConfig } from '../plan/types.generated.js';
import { RULES } from '../rules/index.js';
import { isDistrictRule, type PlanRule } from '../rules/types.js';
import { printedHashes } from './printed-hash.js';
import { checkPlan } from './engine.js';
import { translationOfPlan } from '../plan/translations.js';
import { asciiJson, hashBytes } from './cache-keys.js';
import type { CacheEntry, CachedParse, FileStamp, ParseCache } from './parse-cache.js';
import type { AheadFile } from './read-ahead.js';

// Function properties, not methods: the checks pass `exists` on detached.
export interface FileAccess {
  read: (file: string) => Uint8Array;
  exists: (file: string) => boolean;
  /** Size and modification time, when known: lets the parse cache skip reading unchanged files. */
  stamp?: (file: string) => FileStamp | undefined;
  /** Each plan's data as parsed here (not on workers), for a caller that needs it too (cssp status). */
  parsed?: (file: string, data: unknown) => void;
  /** The file as another thread read it ahead (read-ahead.ts), when it did: `read` is not called then. */
  ahead?: (file: string) => AheadFile | undefined;
}

export interface BatchContext {
  root: string | undefined;
  config: DistrictConfig | undefined;
  asOf: string;
  /** Return each file's parse for the parse cache. */
  collectCache: boolean;
}

export interface BatchResult {
  /** The files checked, in order. */
  files: string[];
  /** Those whose check asked about a path outside the district folder: their findings are not kept for reuse. */
  outside: string[];
  /** [file, content hash] of each file read, when the cache is on. */
  hashes: [string, string][];
  diagnostics: Diagnostic[];
  cacheEntries: CacheEntry[];
}

/** Checks plans in some other way than in this thread (worker threads); results arrive in parts. */
export type BatchRunner = (
  files: readonly string[], ctx: BatchContext, onResult: (result: BatchResult) => void,
  /** Checks a batch in this thread, so it can take a share. */
  local?: (files: readonly string[]) => BatchResult,
) => Promise<void>;

const planRules = RULES.filter((r): r is PlanRule => !isDistrictRule(r));

/** Reads and parses a file through `access`; a file that cannot be read becomes a file-read diagnostic. */
export function readSource(file: string, access: FileAccess): ReadResult {
  return readPlanFile(file, access.read);
}

/** readSource, or the file as read ahead: its bytes, and its scanner events to replay. */
function readOrTake(file: string, access: FileAccess): ReadResult & { hash?: string } {
  const ahead = access.ahead?.(file);
  if (!ahead) return readSource(file, access);
  return { ...readPlanFile(file, () => ahead.bytes, { scanned: ahead.scanned }), hash: ahead.hash };
}

/** A source from the parse cache: the data and diagnostics as stored, the text from the bytes. */
export function cachedSource(file: string, bytesOf: () => Uint8Array, cached: CachedParse): SourceFile {
  const text = () => {
    const bytes = bytesOf();
    const decoded = cached.decoded ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : '';
    return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  };
  return sourceFrom(file, { text, data: cached.data, diagnostics: cached.diagnostics, positions: cached.positions, positionAt: cached.positionAt, lineStarts: cached.lineStarts });
}

/** Remembered for as long as the `exists` of one run is (a run checks many plans naming the same maps). */
const statuses = new WeakMap<(file: string) => boolean, Map<string, DistrictFileStatus>>();
function districtStatus(exists: (file: string) => boolean, file: string, root: string): DistrictFileStatus {
  let known = statuses.get(exists);
  if (!known) statuses.set(exists, (known = new Map<string, DistrictFileStatus>()));
  const key = `${root}\u0000${file}`;
  let status = known.get(key);
  if (status === undefined) known.set(key, (status = exists(file) ? districtFileStatus(file, root) : 'missing'));
  return status;
}

/**
 * A map's size from its header, remembered for as long as the `exists` of one run is: the rule
 * asks once for each feature placed on the map (a stat each was a tenth of a 1,000-plan check).
 */
const sizes = new WeakMap<(file: string) => boolean, Map<string, ImageSize | undefined>>();
function mapSizeOf(exists: (file: string) => boolean, file: string): ImageSize | undefined {
  let known = sizes.get(exists);
  if (!known) sizes.set(exists, (known = new Map<string, ImageSize | undefined>()));
  if (!known.has(file)) known.set(file, readImageSize(file));
  return known.get(file);
}

export function checkSource(source: SourceFile, ctx: BatchContext, exists: (file: string) => boolean, onOutsidePath?: () => void): Diagnostic[] {
  return checkPlan(source, {
    onOutsidePath,
    asOf: ctx.asOf, config: ctx.config, root: ctx.root ?? '', rules: planRules, fileExists: exists,
    // A file that exists is then followed through its links: it must stay inside the district.
    fileStatus: ctx.root ? (file) => districtStatus(exists, file, ctx.root!) : undefined,
    mapSize: ctx.root ? (file) => (districtStatus(exists, file, ctx.root!) === 'ok' ? mapSizeOf(exists, file) : undefined) : undefined,
    printedHashes: (plan, file) => printedHashes(plan, file, ctx.root, ctx.config),
    translationOf: ctx.root ? (file, lang) => translationOfPlan(ctx.root, file, lang) : undefined,
  });
}

/** A file through the parse cache: the cached parse when the bytes are known, else parsed and stored. */
export function readThroughCache(file: string, access: FileAccess, cache: ParseCache): SourceFile {
  let bytes: Uint8Array;
  try {
    bytes = access.read(file);
  } catch {
    return readSource(file, access).source; // says why it cannot be read
  }
  const hash = hashBytes(bytes);
  const hit = cache.get(file, hash);
  if (hit) return cachedSource(file, () => bytes, hit);
  const parsed = parseText(bytes);
  const source = sourceFrom(file, parsed);
  const entry = cacheEntry(file, bytes, parsed, source, hash);
  if (entry) cache.put(entry);
  return source;
}

function cacheEntry(file: string, bytes: Uint8Array, parsed: ParseResult, source: SourceFile, hash = hashBytes(bytes)): CacheEntry | undefined {
  // The fast path reads a plan in about the time its stored parse took to write and load (and the
  // stored parses of 1,000 plans were 65 MB): only `yaml`'s slower reads are worth keeping.
  if (parsed.fast) return undefined;
  // JSON has no Infinity or NaN (YAML .inf, .nan): such a file is simply parsed every time.
  if (/\.(inf|nan)\b/i.test(source.text)) return undefined;
  return {
    file, hash,
    data: asciiJson(parsed.data === undefined ? [] : [parsed.data]),
    diagnostics: asciiJson(parsed.diagnostics.map((d) => ({ ...d, file: undefined }))),
    // Line starts, then the table: a cached plan's finding is placed without reading the plan.
    positions: encodeLineStarts(lineStarts(source.text)) + asciiJson(source.positions()),
    decoded: source.text !== '' || bytes.length === 0,
  };
}

export function checkBatch(files: readonly string[], ctx: BatchContext, access: FileAccess): BatchResult {
  const result: BatchResult = { files: [], outside: [], hashes: [], diagnostics: [], cacheEntries: [] };
  for (const file of files) {
    const { source, bytes, parsed, hash: hashed } = readOrTake(file, access);
    access.parsed?.(file, source.data);
    // The cache entry (JSON text) is made before the checks, so the parse's objects die young.
    const hash = ctx.collectCache && bytes ? hashed ?? hashBytes(bytes) : undefined;
    if (hash) result.hashes.push([file, hash]);
    const entry = hash && parsed ? cacheEntry(file, bytes!, parsed, source, hash) : undefined;
    if (entry) result.cacheEntries.push(entry);
    result.files.push(file);
    const found = checkSource(source, ctx, access.exists, () => void (result.outside.at(-1) !== file && result.outside.push(file)));
    result.diagnostics.push(...found);
  }
  return result;
}
