// The whole check of a set of plan files: config, each plan, then the district-wide rules.
// File access comes in as functions so the pipeline stays testable without a disk. Plans found
// in the parse cache are checked here; the rest are parsed and checked in batches, on worker
// threads for large runs (parallel.ts), while this thread checks the cached ones.
import { join } from 'node:path';
import { compareDiagnostics, makeDiagnostic, type Diagnostic } from '../diagnostic.js';
import type { SkippedFile } from '../plan/discover.js';
import { CONFIG_FILE, placeOf, plansDirOf } from '../plan/paths.js';
import type { SourceFile } from '../plan/source.js';
import { RULES } from '../rules/index.js';
import { isDistrictRule } from '../rules/types.js';
import { checkBatch, checkSource, readSource, readThroughCache, type BatchContext, type BatchResult, type BatchRunner, type FileAccess } from './batch.js';
import { ALL_CHECKS } from './builtin.js';
import { loadConfig } from './config.js';
import { checkDistrict } from './district.js';
import { lookUp, loadHit } from './cached-plans.js';
import type { ParseCache } from './parse-cache.js';
import { FindingsReuse, textOf } from './findings-reuse.js';
import type { ReadAhead } from './read-ahead.js';

export type { BatchContext, BatchResult, BatchRunner, FileAccess };
export { checkBatch };

export interface CheckRequest extends FileAccess {
  /** District root (folder of cssp.config.yaml), when there is one. */
  root: string | undefined;
  files: readonly string[];
  /** Files named like plans that are not regular files (pipes, devices): reported, never read. */
  skipped?: readonly SkippedFile[];
  /** cssp.config.yaml as already read by the caller (it needs plansDir first); read here otherwise. */
  configSource?: SourceFile;
  /** Run district-wide rules (registry coverage): only when the whole district, or whole folders, are checked. */
  wholeDistrict: boolean;
  asOf: string;
  runBatch?: BatchRunner;
  /** Use runBatch only for at least this many files to parse (default 1). */
  minBatchFiles?: number;
  /** The parse cache (--cache); this function stores into it but does not save it. */
  cache?: ParseCache;
  /**
   * Read the files to parse ahead on another thread, when this one parses them all (read-ahead.ts);
   * `hash`: the parse cache wants their hashes. Undefined: no read-ahead here.
   */
  readAhead?: (files: readonly string[], hash: boolean) => ReadAhead | undefined;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Text of each file with diagnostics, for code frames. */
  sources: SourceTexts;
  filesChecked: number;
  /** Every plan file checked, clean ones too (JUnit makes each a test case). */
  files: string[];
  /** Errors in cssp.config.yaml itself (unreadable, bad YAML, schema): the run then exits 2. */
  configErrors: number;
}

const districtRules = RULES.filter(isDistrictRule);
const knownIds = ALL_CHECKS.map((m) => m.id);
/** Files per batch: a worker reports (and the cache writes) in parts, so memory stays flat. */
const BATCH_FILES = 200;

const skippedError = (s: SkippedFile): Diagnostic =>
  makeDiagnostic(s.file, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, {
    ruleId: 'file-read', severity: 'error', message: `This is ${s.kind}, not a plan file, so cssp did not open it.`,
    hint: 'A plan is an ordinary text file. Put the plan itself here, or move this out of the plans folder.',
  });

/**
 * The text of each file with findings, for code frames. A cached plan's text is read from disk
 * only when a formatter asks for it: the JSON and SARIF formats never do.
 */
export class SourceTexts {
  private readonly texts = new Map<string, string | (() => string)>();

  set(file: string, text: string | (() => string)): void {
    this.texts.set(file, text);
  }

  keys(): IterableIterator<string> {
    return this.texts.keys();
  }

  get(file: string): string | undefined {
    const text = this.texts.get(file);
    if (typeof text !== 'function') return text;
    const read = text();
    this.texts.set(file, read);
    return read;
  }
}

export async function checkFiles(req: CheckRequest): Promise<CheckResult> {
  const diagnostics: Diagnostic[] = [];
  const sources = new SourceTexts();
  const configFile = req.root && join(req.root, CONFIG_FILE);
  const configSource = req.configSource ?? (configFile && (req.cache ? readThroughCache(configFile, req, req.cache) : readSource(configFile, req).source));
  const loaded = configSource ? loadConfig(configSource, knownIds) : undefined;
  if (loaded) diagnostics.push(...loaded.diagnostics);
  const config = loaded?.config;
  const ctx: BatchContext = { root: req.root, config, asOf: req.asOf, collectCache: req.cache !== undefined };
  const hashes = new Map<string, string>();
  const reuse = req.cache && req.root ? new FindingsReuse(req.cache, req.root, hashes) : undefined;
  // First: whether findings may be reused decides which files are worth reading to look them up.
  reuse?.start(req.asOf, configSource ? configSource.text : '', plansDirOf(configSource ? configSource.data : undefined));
  let { hits, misses } = req.cache ? lookUp(req.files, req, req.cache, hashes) : { hits: [], misses: [...req.files] };
  if (reuse) {
    const reused = (file: string) => {
      const found = reuse.findingsOf(file);
      if (!found) return false;
      diagnostics.push(...found);
      if (found.length > 0) sources.set(file, () => textOf(req, file)); // read only if a formatter shows code frames
      return true;
    };
    hits = hits.filter((hit) => !reused(hit.file));
    misses = misses.filter((file) => !reused(file));
  }
  const take = (result: BatchResult) => {
    for (const [file, hash] of result.hashes) {
      if (hashes.has(file)) continue;
      hashes.set(file, hash);
      req.cache?.record(file, hash, req.stamp?.(file));
    }
    diagnostics.push(...result.diagnostics);
    // A code frame's text is read again if a format shows one (only the terminal's does): keeping
    // every text with a finding held 23 MB for 1,000 plans, and workers copied each one across.
    let last: string | undefined;
    for (const { file } of result.diagnostics) if (file !== last) sources.set((last = file), () => textOf(req, file));
    for (const entry of result.cacheEntries) req.cache?.put(entry);
    reuse?.keep(result);
  };

  // Parse the misses (on workers when given) while this thread checks the cached plans, each
  // dropped once checked so the heap stays small.
  const parseOnWorkers = req.runBatch !== undefined && misses.length >= (req.minBatchFiles ?? 1);
  // Started now, so the other thread is reading while this one checks the cached plans.
  const ahead = parseOnWorkers ? undefined : req.readAhead?.(misses, ctx.collectCache);
  const parsing = parseOnWorkers
    ? req.runBatch!(misses, ctx, take, hits.length === 0 ? (share) => checkBatch(share, ctx, req) : undefined)
    : Promise.resolve().then(() => {
      const access: FileAccess = ahead ? { ...req, ahead: (file) => ahead.take(file) } : req;
      try {
        for (let i = 0; i < misses.length; i += BATCH_FILES) take(checkBatch(misses.slice(i, i + BATCH_FILES), ctx, access));
      } finally {
        ahead?.stop();
      }
    });
  const damaged: string[] = [];
  for (const hit of hits) {
    const source = loadHit(hit, req, req.cache!);
    if (!source) {
      damaged.push(hit.file);
      continue;
    }
    let outside = false;
    const found = checkSource(source, ctx, req.exists, () => void (outside = true));
    reuse?.keep({ files: [hit.file], outside: outside ? [hit.file] : [], diagnostics: found });
    if (found.length === 0) continue;
    diagnostics.push(...found);
    sources.set(hit.file, () => source.text); // read only if a formatter shows code frames
  }
  await parsing;
  if (damaged.length) take(checkBatch(damaged, ctx, req));
  diagnostics.push(...(req.skipped ?? []).map(skippedError));

  if (req.wholeDistrict && loaded && config) {
    const reread = new Map<string, SourceFile>();
    const read = (file: string) => (req.cache ? readThroughCache(file, req, req.cache) : readSource(file, req).source);
    const sourceOf = (file: string) => reread.get(file) ?? reread.set(file, read(file)).get(file)!;
    const plans = req.files.map((file) => ({ file, ...placeOf(file) }));
    diagnostics.push(...checkDistrict({ config, configSource: loaded.source, plans, sourceOf, asOf: req.asOf, rules: districtRules }));
    for (const [file, source] of reread) sources.set(file, source.text);
  }
  if (loaded && diagnostics.some((d) => d.file === loaded.source.file)) sources.set(loaded.source.file, loaded.source.text);
  diagnostics.sort(compareDiagnostics);
  // Only the config's own loading errors count: findings that district rules report against it are findings.
  const configErrors = loaded && !loaded.config ? loaded.diagnostics.filter((d) => d.severity === 'error').length : 0;
  const files = [...req.files, ...(req.skipped ?? []).map((s) => s.file)];
  return { diagnostics, sources, filesChecked: files.length, files, configErrors };
}
