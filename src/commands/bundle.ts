// cssp bundle: every site of a school year -> per-site PDFs, a combined district PDF and a
// manifest per edition. Ctrl+C ends Chromium, removes the staging folder and exits 130.
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CsspError, UsageError } from '../errors.js';
import { checkPlanSource } from '../district/save.js';
import type { District } from '../district/open.js';
import { readPlan } from '../plan/read-plan.js';
import type { Io } from '../io/std.js';
import { openDistrictFrom, openDistrict } from '../district/open.js';
import { defaultOutput } from '../district/out-dir.js';
import { findDistrictRoot } from '../plan/discover.js';
import { placeOf } from '../plan/paths.js';
import { requireBrowser } from '../render/browser-path.js';
import type { EditionResult, ProgressEvent, Shard } from '../render/bundle.js';
import type { Printer } from '../render/pdf.js';
import type { FamilyResult } from '../render/family-bundle.js';
import { bundleProgress } from './bundle-progress.js';
import { yearPlans } from '../render/document.js';
import { EDITIONS, type Edition } from '../edition/view.js';
import { PLAN_EDITIONS, type PlanEdition } from '../plan/editions.js';
import { today } from '../util/iso-date.js';
import { plural } from '../util/plural.js';

export interface BundleCommandOptions {
  year?: string;
  edition?: Edition | 'all';
  output?: string;
  root?: string;
  /** "i/n": print the i-th of n slices of the sites, without the district PDF. */
  shard?: string;
  /** Errors only: no progress lines or bar. */
  quiet?: boolean;
  /** Shard output folders to merge into the district PDF and manifest. */
  merge?: string[];
  /** Refuse to print when any plan has errors (cssp check lists them). */
  strict?: boolean;
}

/** Pages printing at once: 2 per 2 cores measured best; beyond 4 only memory grows. CSSP_RENDER_PAGES overrides. */
export function poolSize(env: Record<string, string | undefined>): number {
  const forced = Number(env.CSSP_RENDER_PAGES);
  if (Number.isInteger(forced) && forced > 0) return forced;
  return Math.max(1, Math.min(availableParallelism(), 4));
}

interface Job {
  label: string;
  outDir: string;
  total: number;
  run: (req: { printer: Printer; staging: string; onProgress: (e: ProgressEvent) => void }) => Promise<(EditionResult | FamilyResult)[]>;
}

export async function runBundle(opts: BundleCommandOptions, io: Io, signals: NodeJS.EventEmitter = process): Promise<number> {
  const job = opts.merge ? await mergeJob(opts.merge, opts, io) : await printJob(opts, io);
  const executable = requireBrowser(io.env);
  const outDir = job.outDir;
  const staging = join(outDir, `.cssp-staging-${process.pid}`);
  const { Printer } = await import('../render/pdf.js');
  const pages = poolSize(io.env);
  if (!opts.quiet) io.stderr(`${job.label} with ${pages} page${pages === 1 ? '' : 's'} of one browser\n`);
  const printer = await Printer.open(executable, pages);
  let interrupted = false;
  let cancelledCleanup = () => {};
  const cancelled = new Promise<'cancelled'>((resolveCancel) => {
    const onSigint = () => {
      interrupted = true;
      printer.kill();
      resolveCancel('cancelled');
    };
    signals.once('SIGINT', onSigint);
    cancelledCleanup = () => signals.removeListener('SIGINT', onSigint);
  });
  const progress = bundleProgress(io, job.total, { quiet: opts.quiet, terminal: process.stderr });
  const onProgress = (e: ProgressEvent) => {
    if (!interrupted) progress.onProgress(e);
  };
  try {
    const work = job.run({ printer, staging, onProgress });
    work.catch(() => undefined); // after Ctrl+C the dead browser makes it reject; nobody waits for it then
    const outcome = await Promise.race([work, cancelled]);
    progress.stop();
    if (outcome === 'cancelled') {
      io.stderr('cssp: cancelled; nothing was written (the partial output was removed).\n');
      return 130;
    }
    return report(outcome, outDir, io);
  } finally {
    progress.stop();
    cancelledCleanup();
    rmSync(staging, { recursive: true, force: true });
    if (!interrupted) await printer.close();
  }
}

async function printJob(opts: BundleCommandOptions, io: Io): Promise<Job> {
  checkBundleOutput(opts.output);
  const district = openDistrictFrom(opts.root, io.cwd, 'Run cssp bundle inside your district folder, or pass --root DIR.');
  const { root, config } = district;
  const edition = opts.edition ?? 'responder';
  if (edition !== 'all' && !EDITIONS.includes(edition)) throw new UsageError(`Unknown edition ${String(edition)}.`);
  const editions: PlanEdition[] = edition === 'all' ? [...PLAN_EDITIONS] : edition === 'family' ? [] : [edition];
  // The family edition: every site in English and each language EC 48985 requires of it.
  const family = edition === 'all' || edition === 'family';
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  const { year, files: all } = yearPlans(root, opts.year);
  const files = shard ? shardSlice(all, shard) : all;
  const outDir = resolve(io.cwd, opts.output ?? defaultOutput(root, io.cwd, `cssp-bundle-${year}${shard ? `-shard-${shard.index}-of-${shard.count}` : ''}`));
  const { renderBundle } = await import('../render/bundle.js');
  const slice = shard ? ` (shard ${shard.index}/${shard.count}: ${files.length} of ${all.length})` : '';
  // Say which registered sites have no plan this year: a bundle that silently leaves a school out is handed on as complete.
  const withPlan = new Set(all.map((f) => placeOf(f).fileSiteId));
  const without = config.sites.filter((s) => s.active !== false && !withPlan.has(s.id));
  if (without.length && !opts.quiet) io.stderr(`cssp: no ${year} plan for ${without.length === 1 ? 'this site' : `these ${without.length} sites`}, so the bundle leaves ${without.length === 1 ? 'it' : 'them'} out: ${without.map((s) => `${s.name} (${s.id})`).join(', ')}\n`);
  draftsNote(district, files, opts, io);
  const { familyLanguages, renderFamilyBundle } = await import('../render/family-bundle.js');
  const familyCount = family ? files.reduce((n, f) => n + familyLanguages(config, placeOf(f).fileSiteId).length, 0) : 0;
  return {
    label: `Printing ${plural(files.length, 'site')} of ${year}${slice} (${[...editions, ...(family ? ['family'] : [])].join(', ')})`,
    outDir,
    total: files.length * editions.length + familyCount,
    run: async (r) => [
      ...(editions.length ? await renderBundle({ ...r, files, editions, root, config, schoolYear: year, rendered: today(), cwd: io.cwd, outDir, shard }) : []),
      ...(family ? [await renderFamilyBundle({ ...r, files, root, config, rendered: today(), cwd: io.cwd, outDir })] : []),
    ],
  };
}

/**
 * What cssp check would say of each plan: a plan with errors prints as a draft, said plainly by
 * name, or with --strict nothing prints (a bundle is handed on whole, so a half bundle is no use).
 */
function draftsNote(district: District, files: readonly string[], opts: BundleCommandOptions, io: Io): void {
  const asOf = today();
  const drafts: string[] = [];
  for (const file of files) {
    let errors: number;
    try {
      errors = checkPlanSource(readPlan(file), district, asOf).filter((d) => d.severity === 'error').length;
    } catch {
      errors = 1; // unreadable: printing it fails too, and says why
    }
    if (errors) drafts.push(`${placeOf(file).fileSiteId} (${plural(errors, 'error')})`);
  }
  if (!drafts.length) return;
  const which = `${plural(drafts.length, 'plan')} of ${files.length} ${drafts.length === 1 ? 'has' : 'have'} errors: ${drafts.join(', ')}`;
  if (opts.strict) throw new CsspError(`${which}. cssp did not print the bundle (--strict).`, 'Run `cssp check` and fix them, then print again.', 1);
  io.stderr(`cssp: warning: ${which}; their PDFs are drafts, not to be handed out as the plan. --strict refuses to print such a bundle.\n`);
}

/** bundle writes a folder (a PDF per site, a district PDF and a manifest per edition): a name like a PDF file is a mistake. */
function checkBundleOutput(output: string | undefined): void {
  if (output && /\.pdf$/i.test(output)) {
    throw new UsageError(
      `cssp bundle writes a folder of PDFs (one per site, a district PDF and a manifest for each edition), so -o names a folder, not ${output}.`,
      `Give -o a folder name, for example -o ${output.replace(/\.pdf$/i, '')}; the district PDF is inside it, in each edition's folder.`,
    );
  }
}

async function mergeJob(dirs: string[], opts: BundleCommandOptions, io: Io): Promise<Job> {
  checkBundleOutput(opts.output);
  if (opts.shard !== undefined) throw new UsageError('--merge and --shard cannot be used together.');
  // Shards carry the printed sites; the district's config gives the cover its name and contacts.
  const root = opts.root ? resolve(io.cwd, opts.root) : findDistrictRoot(io.cwd);
  const config = root ? openDistrict(root, io.cwd).config : undefined;
  const { mergeBundles, readShards } = await import('../render/bundle-merge.js');
  const paths = dirs.map((d) => resolve(io.cwd, d));
  const shards = readShards(paths); // checked before Chromium starts
  const year = shards[0]!.manifests[0]!.m.schoolYear;
  const label = `Merging ${paths.length} shards of ${year} (${shards.map((s) => s.edition).join(', ')})`;
  const outDir = resolve(io.cwd, opts.output ?? defaultOutput(root, io.cwd, `cssp-bundle-${year}`));
  return { label, outDir, total: 0, run: (r) => mergeBundles({ ...r, dirs: paths, config, cwd: io.cwd, outDir }) };
}

/** Shard i of n: its contiguous slice of the sites (sizes differ by at most one), so the shards in index order are the sites in order. */
export function shardSlice<T>(files: readonly T[], { index, count }: Shard): T[] {
  return files.slice(Math.floor(((index - 1) * files.length) / count), Math.floor((index * files.length) / count));
}

/** "2/5" -> shard 2 of 5. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const shard = m && { index: Number(m[1]), count: Number(m[2]) };
  if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count) throw new UsageError(`--shard takes i/n with 1 <= i <= n, for example 1/4; got ${text}.`);
  return shard;
}

function report(results: (EditionResult | FamilyResult)[], outDir: string, io: Io): number {
  const shown = relative(io.cwd, outDir) || '.';
  for (const r of results) {
    if ('printed' in r) {
      const fam = r;
      const english = fam.printed.filter((p) => p.language !== 'en' && p.englishPassages > 0);
      io.stderr(`family: ${plural(fam.printed.length, 'PDF')} (each site in English and each language 15% or more of its pupils speak), family/manifest.json in ${shown}\n`);
      if (english.length) io.stderr(`cssp: warning: ${english.map((p) => `${p.site} (${p.language}): ${plural(p.englishPassages, 'passage')}`).join(', ')} print in English with a "translation being updated" note (cssp translate extract writes what to translate).\n`);
      for (const f of fam.failed) io.stderr(`cssp: family edition of ${f.site} in ${f.language} failed: ${f.error}\n`);
      continue;
    }
    const volumes = r.volumes ?? [];
    const district = volumes.length > 1
      ? `, the district PDF in ${volumes.length} volumes (${volumes.map((v) => `${v.file}: ${v.pages} pages`).join(', ')})`
      : r.district ? `, ${r.district.file} (${r.district.pages} pages)` : '';
    io.stderr(`${r.edition}: ${r.sites.length} site PDF${r.sites.length === 1 ? '' : 's'}${district}, ${r.edition}/manifest.json in ${shown}\n`);
    for (const f of r.failed) io.stderr(`cssp: ${r.edition} edition of ${f.site} failed: ${f.error}\n`);
  }
  return results.some((r) => r.failed.length > 0) ? 1 : 0;
}
