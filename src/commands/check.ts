// cssp check: options -> checkFiles -> formatter -> exit code.
import { appendFileText } from '../plan/write.js';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ALL_CHECKS } from '../check/builtin.js';
import { checkFiles } from '../check/check-files.js';
import { MIN_FILES_PER_WORKER, workerCount, workerRunner } from '../check/parallel.js';
import { startReadAhead } from '../check/read-ahead.js';
import { atLeast, summarize, type Severity } from '../diagnostic.js';
import { ConfigError, UsageError } from '../errors.js';
import { loadFormatter } from '../format/index.js';
import { plural } from '../format/util.js';
import type { FormatName } from '../format/types.js';
import { wantsColor, type Io } from '../io/std.js';
import { cachedExists, expandPaths, findDistrictRoot, findPlanFiles, readRegularFile, type PlanFiles } from '../plan/discover.js';
import { readSource, readThroughCache } from '../check/batch.js';
import { CONFIG_FILE, planPath, plansDirOf } from '../plan/paths.js';
import { writeOutput } from '../io/output.js';
import { isIsoDate, today } from '../util/iso-date.js';
import { toolVersion } from '../version.js';

export interface CheckCommandOptions {
  format?: FormatName;
  output?: string;
  failOn?: Severity;
  asOf?: string;
  quiet?: boolean;
  root?: string;
  cache?: boolean;
  cacheLocation?: string;
}

export async function runCheck(paths: readonly string[], opts: CheckCommandOptions, io: Io): Promise<number> {
  const asOf = opts.asOf ?? today();
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, got "${opts.asOf}".`);
  const format: FormatName = opts.format ?? (io.env.GITHUB_ACTIONS === 'true' && !io.stdoutIsTTY ? 'github' : 'stylish');
  const root = opts.root ? resolve(io.cwd, opts.root) : findDistrictRoot(paths[0] ? resolve(io.cwd, paths[0]) : io.cwd);
  if (opts.root && !existsSync(resolve(root!, 'cssp.config.yaml'))) {
    throw new ConfigError(`No cssp.config.yaml in ${opts.root}.`, 'Point --root at the district folder, the one holding cssp.config.yaml.');
  }
  if (!root && paths.length === 0) {
    throw new ConfigError(
      `No cssp.config.yaml found in ${io.cwd} or any folder above it.`,
      'Run cssp inside your district folder (the one holding cssp.config.yaml and plans/), pass --root DIR, or name plan files to check.',
    );
  }
  // The config is read once, through the parse cache when it is on: discovery needs its plansDir,
  // and checkFiles checks it.
  const cache = opts.cache ? await openCache(opts.cacheLocation, root ?? io.cwd, io) : undefined;
  const access = { read: readRegularFile, exists: cachedExists() };
  const configFile = root && join(root, CONFIG_FILE);
  const configSource = configFile ? (cache ? readThroughCache(configFile, access, cache) : readSource(configFile, access).source) : undefined;
  const plansDir = plansDirOf(configSource?.data);
  const { files, skipped, stamps } = paths.length ? expandPaths(paths, io.cwd) : districtPlans(root!, plansDir);
  // A whole district with no plans yet (just made by `cssp init`) is checked all the same:
  // district-coverage lists each site as not started. Named paths with no plans are a mistake.
  if (paths.length > 0 && files.length + skipped.length === 0) {
    throw new ConfigError(
      `No plan files found in ${paths.join(', ')}.`,
      `Plans live at ${planPath(plansDir, '<school-year>', '<site-id>')}, for example ${planPath(plansDir, '2026-27', 'lincoln-elementary')}; run \`cssp new\` to start one.`,
    );
  }

  const workers = workerCount(files.length, io.env);
  const result = await checkFiles({
    root,
    files,
    skipped,
    wholeDistrict: paths.every((p) => statSync(resolve(io.cwd, p)).isDirectory()),
    asOf,
    ...access,
    configSource,
    // As stat'ed while searching, a moment ago: no second stat per file.
    stamp: (file) => stamps.get(file) ?? statSync(file, { throwIfNoEntry: false }),
    runBatch: workers > 0 ? workerRunner(workers) : undefined,
    minBatchFiles: io.env.CSSP_WORKERS ? 1 : 2 * MIN_FILES_PER_WORKER,
    readAhead: (toParse, hash) => startReadAhead(toParse, hash, io.env),
    cache,
  });
  cache?.save();
  for (const notice of cache?.notices ?? []) io.stderr(`cssp: warning: ${notice}\n`);
  const shown = opts.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const all = summarize(result.diagnostics, result.filesChecked);
  const ctx = {
    hidden: opts.quiet ? { warnings: all.warnings, infos: all.infos } : undefined,
    color: !opts.output && wantsColor(io),
    cwd: io.cwd,
    sources: result.sources,
    filesChecked: result.filesChecked,
    files: result.files,
    failOn: opts.failOn ?? 'error',
    toolVersion: toolVersion(),
    ruleDescriptions: new Map(ALL_CHECKS.map((m) => [m.id, m.description])),
  };
  const report = (await loadFormatter(format))(shown, ctx);
  if (opts.output) writeOutput({ cwd: io.cwd, given: opts.output, data: report, what: 'the report' });
  else if (report) io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    const { formatMarkdownSummary } = await import('../format/summary-markdown.js');
    appendFileText(io.env.GITHUB_STEP_SUMMARY, formatMarkdownSummary(shown, { ...ctx, color: false }));
  }
  if (result.configErrors > 0) {
    // The report above says what is wrong and where; this line says why the run failed with exit 2.
    const n = result.configErrors;
    const first = result.diagnostics.find((d) => d.file === configFile && d.severity === 'error');
    const at = first ? ` (the first at ${relative(io.cwd, first.file) || first.file}:${first.line}:${first.column})` : '';
    io.stderr(`cssp: ${CONFIG_FILE} has ${plural(n, 'error')}${at}; fix ${n === 1 ? 'it' : 'them'} first (until then, plans are checked with built-in settings).\n`);
    return 2;
  }
  return result.diagnostics.some((d) => atLeast(d.severity, opts.failOn ?? 'error')) ? 1 : 0;
}

/** The plans of the whole district: the school-year folders under plansDir (none when it is missing). */
function districtPlans(root: string, plansDir: string): PlanFiles {
  const dir = resolve(root, plansDir);
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? findPlanFiles(dir) : { files: [], skipped: [], stamps: new Map() };
}

/** --cache-location names a file, or a folder to keep .cssp-cache in; the default is the district folder. */
async function openCache(location: string | undefined, defaultDir: string, io: Io) {
  const [{ DEFAULT_CACHE_FILE, ParseCache }, { buildId }] = await Promise.all([import('../check/parse-cache.js'), import('../check/cache-keys.js')]);
  let file = resolve(io.cwd, location ?? defaultDir);
  if (!location || statSync(file, { throwIfNoEntry: false })?.isDirectory() || /[\\/]$/.test(location)) file = resolve(file, DEFAULT_CACHE_FILE);
  return new ParseCache(file, buildId());
}
