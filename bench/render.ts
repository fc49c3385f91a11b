// npm run bench:render [-- --sites 100 --naive 10 --rounds 2]
//
// Renders N sites built from the sample district three ways, on the same HTML:
//   (a) cssp bundle's code (renderBundle): per-site PDFs, then the combined district PDF;
//   (b) a bare loop of page.pdf over a pool of pages of one browser (the physical limit);
//   (c) a new browser per document (the naive approach), on --naive documents, per document.
// (a) and (b) alternate for --rounds rounds and the best of each is compared: one run of each
// varied by 15-25% on a 2-core machine, and whichever ran first paid for a cold start.
// Peak memory is the PSS sum (proportional set size: shared pages split between the processes
// that share them, unlike an RSS sum) of this process and every Chromium process, sampled every
// 200 ms, for the per-site phase and the combined-PDF phase separately.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { poolSize } from '../src/commands/bundle.js';
import { requireBrowser } from '../src/render/browser-path.js';
import { renderBundle } from '../src/render/bundle.js';
import { planDocument } from '../src/render/document.js';
import { loadDistrictConfig } from '../src/render/load.js';
import { Printer } from '../src/render/pdf.js';

const SAMPLE = fileURLToPath(new URL('../plans/', import.meta.url));
const { values: args } = parseArgs({ options: { sites: { type: 'string', default: '100' }, naive: { type: 'string', default: '10' }, rounds: { type: 'string', default: '2' } } });
const N = Number(args.sites);
const executable = requireBrowser(process.env);
const pages = poolSize(process.env);

/** N plans from the six sample plans of 2026-27, renamed site-001... */
function district(n: number): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'cssp-bench-render-'));
  const year = join(root, '2026-27');
  mkdirSync(year);
  copyFileSync(join(SAMPLE, 'cssp.config.yaml'), join(root, 'cssp.config.yaml'));
  cpSync(join(SAMPLE, 'standards'), join(root, 'standards'), { recursive: true });
  cpSync(join(SAMPLE, '2026-27', 'maps'), join(year, 'maps'), { recursive: true });
  const samples = readdirSync(join(SAMPLE, '2026-27')).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(SAMPLE, '2026-27', f), 'utf8'));
  const files = Array.from({ length: n }, (_, i) => {
    const id = `site-${String(i + 1).padStart(3, '0')}`;
    const file = join(year, `${id}.yaml`);
    writeFileSync(file, samples[i % samples.length]!.replace(/^( {2}id: ).*$/m, `$1${id}`));
    return file;
  });
  return { root, files };
}

/** PSS in kB of one process (0 when it has gone). */
function pssKb(pid: number | string): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Peak PSS (MB) of this process plus every chromium process while `work` runs, per phase. */
async function peak<T>(work: () => Promise<T>, phase: () => 'sites' | 'district'): Promise<{ result: T; peakMb: { sites: number; district: number } }> {
  const max = { sites: 0, district: 0 };
  const sample = () => {
    let pids: string[] = [];
    try {
      pids = execFileSync('ps', ['-C', 'chromium,chrome,chrome-headless-shell', '-o', 'pid='], { encoding: 'utf8' }).trim().split(/\s+/);
    } catch {
      /* ps prints nothing and exits 1 when no chromium runs */
    }
    const kb = pids.reduce((sum, pid) => sum + pssKb(pid), pssKb(process.pid));
    const p = phase();
    max[p] = Math.max(max[p], Math.round(kb / 1024));
  };
  const timer = setInterval(sample, 200);
  try {
    return { result: await work(), peakMb: max };
  } finally {
    clearInterval(timer);
  }
}

async function bundleRun(n: number) {
  const { root, files } = district(n);
  const printer = await Printer.open(executable, pages);
  const t0 = performance.now();
  let sitesDone = 0;
  let done = 0;
  const { peakMb } = await peak(() => renderBundle({
    files, editions: ['responder'], root, config: loadDistrictConfig(root), schoolYear: '2026-27', rendered: '2026-11-23', cwd: root,
    printer, outDir: join(root, 'out'), staging: join(root, 'out', '.staging'), onProgress: () => void ((sitesDone = performance.now()), done++),
  }), () => (done < files.length ? 'sites' : 'district'));
  const total = performance.now() - t0;
  await printer.close();
  rmSync(root, { recursive: true, force: true });
  return { sites: sitesDone - t0, district: total - (sitesDone - t0), peakMb };
}

const { root, files } = district(N);
const ctx = { root, config: loadDistrictConfig(root), rendered: '2026-11-23', cwd: root };
const docs = files.map((f) => planDocument(f, 'responder', ctx));
const bareLoop = async () => {
  const printer = await Printer.open(executable, pages);
  const t0 = performance.now();
  await Promise.all(docs.map((d) => printer.print(d)));
  const ms = performance.now() - t0;
  await printer.close();
  return ms;
};
const rounds: { a: Awaited<ReturnType<typeof bundleRun>>; b: number }[] = [];
for (let r = 0; r < Number(args.rounds); r++) rounds.push({ a: await bundleRun(N), b: await bareLoop() });
const a = rounds.reduce((best, r) => (r.a.sites < best.sites ? r.a : best), rounds[0]!.a);
const b = Math.min(...rounds.map((r) => r.b));
const naive = Number(args.naive);
const t0 = performance.now();
for (const d of docs.slice(0, naive)) {
  const printer = await Printer.open(executable, 1);
  await printer.print(d);
  await printer.close();
}
const c = ((performance.now() - t0) / naive) * N;
const a3 = await bundleRun(3 * N);
rmSync(root, { recursive: true, force: true });

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`${N} sites, responder edition, ${pages} pages of one browser, ${executable}`);
console.log(`(a) cssp bundle, per-site PDFs: ${s(a.sites)} (${(a.sites / b).toFixed(2)}x (b), best of ${rounds.length}); peak PSS ${a.peakMb.sites} MB`);
console.log(`    combined district PDF adds ${s(a.district)}; peak PSS while it is built ${a.peakMb.district} MB`);
console.log(`    rounds, (a)/(b): ${rounds.map((r) => `${s(r.a.sites)}/${s(r.b)}`).join(', ')}`);
console.log(`(b) bare page.pdf loop:         ${s(b)} (${((N / b) * 1000).toFixed(1)} docs/s)`);
console.log(`(c) a browser per document:     ${s(c)} (estimated from ${naive} documents; ${(c / b).toFixed(1)}x (b))`);
console.log(`per-site phase with ${3 * N} sites: peak PSS ${a3.peakMb.sites} MB (vs ${a.peakMb.sites} MB with ${N}), ${s(a3.sites)}; district PDF ${s(a3.district)}, peak PSS ${a3.peakMb.district} MB`);
