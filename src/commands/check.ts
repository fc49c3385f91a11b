// cssp check: options -> checkFiles -> formatter -> exit code.
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_CHECKS } from '../check/builtin.js';
import { checkFiles } from '../check/check-files.js';
import { workerCount, workerRunner } from '../check/parallel.js';
import { atLeast, type Severity } from '../diagnostic.js';
import { ConfigError, UsageError } from '../errors.js';
import { loadFormatter } from '../format/index.js';
import type { FormatName } from '../format/types.js';
import { wantsColor, type Io } from '../io/std.js';
import { cachedExists, expandPaths, findDistrictRoot, findPlanFiles } from '../plan/discover.js';
import { writeFileAtomic } from '../plan/write.js';
import { isIsoDate, today } from '../util/iso-date.js';
import { toolVersion } from '../version.js';

export interface CheckCommandOptions {
  format?: FormatName;
  output?: string;
  failOn?: Severity;
  asOf?: string;
  quiet?: boolean;
  root?: string;
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
  const files = paths.length ? expandPaths(paths, io.cwd) : findPlanFiles(root!);
  if (files.length === 0) throw new ConfigError(`No plan files found in ${paths.join(', ') || root}.`, 'Plans live at plans/<school-year>/<site-id>.yaml, for example plans/2026-27/lincoln-elementary.yaml.');

  const workers = workerCount(files.length, io.env);
  const result = await checkFiles({
    root,
    files,
    wholeDistrict: paths.every((p) => statSync(resolve(io.cwd, p)).isDirectory()),
    asOf,
    read: (file) => readFileSync(file),
    exists: cachedExists(),
    runBatch: workers > 0 ? workerRunner(workers) : undefined,
  });
  const shown = opts.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const ctx = {
    color: !opts.output && wantsColor(io),
    cwd: io.cwd,
    sources: result.sources,
    filesChecked: result.filesChecked,
    toolVersion: toolVersion(),
    ruleDescriptions: new Map(ALL_CHECKS.map((m) => [m.id, m.description])),
  };
  const report = (await loadFormatter(format))(shown, ctx);
  if (opts.output) writeFileAtomic(resolve(io.cwd, opts.output), report);
  else if (report) io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    const { formatMarkdownSummary } = await import('../format/summary-markdown.js');
    appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatMarkdownSummary(shown, { ...ctx, color: false }));
  }
  return result.diagnostics.some((d) => atLeast(d.severity, opts.failOn ?? 'error')) ? 1 : 0;
}
