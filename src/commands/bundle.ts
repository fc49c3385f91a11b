// cssp bundle: every site of a school year -> per-site PDFs, a combined district PDF and a
// manifest per edition. Ctrl+C ends Chromium, removes the staging folder and exits 130.
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ConfigError, UsageError } from '../errors.js';
import type { Io } from '../io/std.js';
import { findDistrictRoot } from '../plan/discover.js';
import { requireBrowser } from '../render/browser-path.js';
import type { EditionResult, ProgressEvent } from '../render/bundle.js';
import { yearPlans } from '../render/document.js';
import { loadDistrictConfig } from '../render/load.js';
import { EDITIONS, type Edition } from '../render/view.js';
import { today } from '../util/iso-date.js';

export interface BundleCommandOptions {
  year?: string;
  edition?: Edition | 'all';
  output?: string;
  root?: string;
}

/** Pages printing at once: 2 per 2 cores measured best; beyond 4 only memory grows. CSSP_RENDER_PAGES overrides. */
export function poolSize(env: Record<string, string | undefined>): number {
  const forced = Number(env.CSSP_RENDER_PAGES);
  if (Number.isInteger(forced) && forced > 0) return forced;
  return Math.max(1, Math.min(availableParallelism(), 4));
}

export async function runBundle(opts: BundleCommandOptions, io: Io, signals: NodeJS.EventEmitter = process): Promise<number> {
  const root = opts.root ? resolve(io.cwd, opts.root) : findDistrictRoot(io.cwd);
  if (!root) throw new ConfigError(`No cssp.config.yaml found in ${io.cwd} or any folder above it.`, 'Run cssp bundle inside your district folder, or pass --root DIR.');
  const edition = opts.edition ?? 'responder';
  if (edition !== 'all' && !EDITIONS.includes(edition)) throw new UsageError(`Unknown edition ${String(edition)}.`);
  const editions = edition === 'all' ? [...EDITIONS] : [edition];
  const { year, files } = yearPlans(root, opts.year);
  const executable = requireBrowser(io.env);
  const outDir = resolve(io.cwd, opts.output ?? `cssp-bundle-${year}`);
  const staging = join(outDir, `.cssp-staging-${process.pid}`);
  const [{ Printer }, { renderBundle }] = await Promise.all([import('../render/pdf.js'), import('../render/bundle.js')]);

  const pages = poolSize(io.env);
  io.stderr(`Printing ${files.length} sites of ${year} (${editions.join(', ')}) with ${pages} page${pages === 1 ? '' : 's'} of one browser\n`);
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
  const total = files.length * editions.length;
  let done = 0;
  const onProgress = (e: ProgressEvent) => {
    done++;
    if (interrupted) return;
    io.stderr(e.error ? `  [${done}/${total}] ✖ ${e.edition} ${e.site}: ${e.error.split('\n')[0]}\n` : `  [${done}/${total}] ✔ ${e.edition} ${e.site} (${e.pages} pages)\n`);
  };
  try {
    const work = renderBundle({ files, editions, root, config: loadDistrictConfig(root), schoolYear: year, rendered: today(), cwd: io.cwd, printer, outDir, staging, onProgress });
    work.catch(() => undefined); // after Ctrl+C the dead browser makes it reject; nobody waits for it then
    const outcome = await Promise.race([work, cancelled]);
    if (outcome === 'cancelled') {
      io.stderr('cssp: cancelled; nothing was written (the partial output was removed).\n');
      return 130;
    }
    return report(outcome, outDir, io);
  } finally {
    cancelledCleanup();
    rmSync(staging, { recursive: true, force: true });
    if (!interrupted) await printer.close();
  }
}

function report(results: EditionResult[], outDir: string, io: Io): number {
  const shown = relative(io.cwd, outDir) || '.';
  for (const r of results) {
    const district = r.district ? `, ${r.district.file} (${r.district.pages} pages)` : '';
    io.stderr(`${r.edition}: ${r.sites.length} site PDF${r.sites.length === 1 ? '' : 's'}${district}, ${r.edition}/manifest.json in ${shown}\n`);
    for (const f of r.failed) io.stderr(`cssp: ${r.edition} edition of ${f.site} failed: ${f.error}\n`);
  }
  return results.some((r) => r.failed.length > 0) ? 1 : 0;
}
