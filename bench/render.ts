// npm run bench:render [-- --sites 100 --naive 10 --rounds 2 --memory-only]
// (BENCH_RESTART_AFTER=N replaces the browser every N documents instead of the default;
// BENCH_MEMORY_DETAIL=1 prints Node's peak heap and external memory; node --expose-gc adds the held heap.)
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
const { values: args } = parseArgs({ options: { sites: { type: 'string', default: '100' }, naive: { type: 'string', default: '10' }, rounds: { type: 'string', default: '2' }, 'memory-only': { type: 'boolean', default: false } } });
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

/** Peak PSS (MB) of this process plus every chromium process while `work` runs, per phase; and, for the per-site phase, of each side. */
interface Peaks { sites: number; district: number; node: number; chromium: number }

async function peak<T>(work: () => Promise<T>, phase: () => 'sites' | 'district'): Promise<{ result: T; peakMb: Peaks }> {
  const max = { sites: 0, district: 0 };
  const parts = { node: 0, chromium: 0 };
  const detail = { heapTotal: 0, external: 0 };
  const sample = () => {
    let pids: string[] = [];
    try {
      pids = execFileSync('ps', ['-C', 'chromium,chrome,chrome-headless-shell', '-o', 'pid='], { encoding: 'utf8' }).trim().split(/\s+/);
    } catch {
      /* ps prints nothing and exits 1 when no chromium runs */
    }
    const node = pssKb(process.pid);
    const chromium = pids.reduce((sum, pid) => sum + pssKb(pid), 0);
    const p = phase();
    max[p] = Math.max(max[p], Math.round((node + chromium) / 1024));
    if (p === 'sites') {
      if (process.env.BENCH_MEMORY_DETAIL) {
        const m = process.memoryUsage();
        detail.heapTotal = Math.max(detail.heapTotal, m.heapTotal >> 20);
        detail.external = Math.max(detail.external, m.external >> 20);
      }
      parts.node = Math.max(parts.node, Math.round(node / 1024));
      parts.chromium = Math.max(parts.chromium, Math.round(chromium / 1024));
    }
  };
  const timer = setInterval(sample, 200);
  try {
    return { result: await work(), peakMb: { ...max, ...parts } };
  } finally {
    clearInterval(timer);
    if (process.env.BENCH_MEMORY_DETAIL) console.log(`    (Node peak heapTotal ${detail.heapTotal} MB, external ${detail.external} MB)`);
  }
}

/**
 * One bundle of n sites. Timed runs are not sampled: the sampler runs `ps` and reads /proc from
 * this (the main) thread every 200 ms, which slowed (a) against an unsampled (b) by 20-30%.
 */
async function bundleRun(n: number, sampled: boolean) {
  const { root, files } = district(n);
  const printer = await Printer.open(executable, pages, process.env.BENCH_RESTART_AFTER ? Number(process.env.BENCH_RESTART_AFTER) : undefined);
  const t0 = performance.now();
  let sitesDone = 0;
  let done = 0;
  const work = () => renderBundle({
    files, editions: ['responder'], root, config: loadDistrictConfig(root), schoolYear: '2026-27', rendered: '2026-11-23', cwd: root,
    printer, outDir: join(root, 'out'), staging: join(root, 'out', '.staging'), onProgress: () => {
      sitesDone = performance.now();
      // With --expose-gc: what Node still holds once every site is printed (garbage collected first).
      if (++done === files.length && sampled && gc) heldMb = (gc(), Math.round(process.memoryUsage().heapUsed / 2 ** 20));
    },
  });
  let peakMb: Peaks = { sites: 0, district: 0, node: 0, chromium: 0 };
  let heldMb: number | undefined;
  if (sampled) peakMb = (await peak(work, () => (done < files.length ? 'sites' : 'district'))).peakMb;
  else await work();
  const total = performance.now() - t0;
  await printer.close();
  rmSync(root, { recursive: true, force: true });
  return { sites: sitesDone - t0, district: total - (sitesDone - t0), peakMb, heldMb };
}

const gc = (globalThis as { gc?: () => void }).gc;

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
const memoryOnly = args['memory-only'];
const rounds: { a: Awaited<ReturnType<typeof bundleRun>>; b: number }[] = [];
for (let r = 0; r < (memoryOnly ? 0 : Number(args.rounds)); r++) rounds.push({ a: await bundleRun(N, false), b: await bareLoop() });
const naive = memoryOnly ? 0 : Number(args.naive);
const t0 = performance.now();
for (const d of docs.slice(0, naive)) {
  const printer = await Printer.open(executable, 1);
  await printer.print(d);
  await printer.close();
}
const c = ((performance.now() - t0) / naive) * N;
// Memory in runs of their own, sampled: N sites, then 3N.
const a1 = await bundleRun(N, true);
const a3 = await bundleRun(3 * N, true);
rmSync(root, { recursive: true, force: true });

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`${N} sites, responder edition, ${pages} pages of one browser, ${executable}`);
if (rounds.length > 0) {
  const a = rounds.reduce((best, r) => (r.a.sites < best.sites ? r.a : best), rounds[0]!.a);
  const b = Math.min(...rounds.map((r) => r.b));
  console.log(`(a) cssp bundle, per-site PDFs: ${s(a.sites)} (${(a.sites / b).toFixed(2)}x (b), best of ${rounds.length})`);
  console.log(`    combined district PDF adds ${s(a.district)}`);
  console.log(`    rounds, (a)/(b): ${rounds.map((r) => `${s(r.a.sites)}/${s(r.b)}`).join(', ')}`);
  console.log(`(b) bare page.pdf loop:         ${s(b)} (${((N / b) * 1000).toFixed(1)} docs/s)`);
  console.log(`(c) a browser per document:     ${s(c)} (estimated from ${naive} documents; ${(c / b).toFixed(1)}x (b))`);
}
console.log(`peak PSS, sampled runs: per-site phase ${a1.peakMb.sites} MB with ${N} sites, ${a3.peakMb.sites} MB with ${3 * N} (${(((a3.peakMb.sites / a1.peakMb.sites) - 1) * 100).toFixed(0)}%)`);
console.log(`    of which Node ${a1.peakMb.node} MB / ${a3.peakMb.node} MB, Chromium ${a1.peakMb.chromium} MB / ${a3.peakMb.chromium} MB`);
if (gc) console.log(`    Node heap in use after the per-site phase, garbage collected: ${a1.heldMb} MB / ${a3.heldMb} MB`);
console.log(`    while the district PDF is built: ${a1.peakMb.district} MB with ${N} sites, ${a3.peakMb.district} MB with ${3 * N}`);
console.log(`    ${3 * N} sites: per-site phase ${s(a3.sites)}, district PDF ${s(a3.district)}`);
