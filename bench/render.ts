// npm run bench:render [-- --sites 100 --naive 10 --rounds 2 --memory-only --memory-sites 100,1000]
// (BENCH_RESTART_AFTER=N replaces the browser every N documents instead of the default.)
//
// Renders N sites built from the sample district three ways, on the same HTML:
//   (a) cssp bundle's code (renderBundle): per-site PDFs, then the combined district PDF;
//   (b) a bare loop of page.pdf over a pool of pages of one browser (the physical limit);
//   (c) a new browser per document (the naive approach), on --naive documents, per document.
// (a) and (b) alternate for --rounds rounds and the best of each is compared: one run of each
// varied by 15-25% on a 2-core machine, and whichever ran first paid for a cold start.
// Peak memory is measured on `cssp bundle` itself, run as a user runs it (node bin/cssp.js, a
// process of its own, so nothing of this bench is counted), for N sites and then 3N: the PSS sum
// (proportional set size: shared pages split between the processes that share them, unlike an
// RSS sum) of that process and every Chromium process, sampled every 200 ms, for the per-site
// phase (until its progress says [n/n]) and the combined-PDF phase separately.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { poolSize } from '../src/commands/bundle.js';
import { requireBrowser } from '../src/render/browser-path.js';
import { renderBundle } from '../src/render/bundle.js';
import { planDocument } from '../src/render/document.js';
import { openDistrict } from '../src/district/open.js';
import { Printer } from '../src/render/pdf.js';

const SAMPLE = fileURLToPath(new URL('../plans/', import.meta.url));
const { values: args } = parseArgs({ options: { sites: { type: 'string', default: '100' }, naive: { type: 'string', default: '10' }, rounds: { type: 'string', default: '2' }, 'memory-only': { type: 'boolean', default: false }, 'memory-sites': { type: 'string' }, 'volume-pages': { type: 'string' } } });
const N = Number(args.sites);
const executable = requireBrowser(process.env);
const pages = poolSize(process.env);

/** N plans from the six sample plans of 2026-27, renamed site-001... */
function district(n: number): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'cssp-bench-render-'));
  const year = join(root, '2026-27');
  mkdirSync(year);
  copyFileSync(join(SAMPLE, 'cssp.config.yaml'), join(root, 'cssp.config.yaml'));
  if (args['volume-pages']) writeFileSync(join(root, 'cssp.config.yaml'), `${readFileSync(join(root, 'cssp.config.yaml'), 'utf8')}\nbundle: { volumePages: ${Number(args['volume-pages'])} }\n`);
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

interface Peak { node: number; chromium: number; sum: number }
const CLI = fileURLToPath(new URL('../bin/cssp.js', import.meta.url));

/**
 * Peak PSS (MB) of `cssp bundle` on n sites and of every Chromium process, per phase. The bundle
 * is a child process, as a user runs it: measured inside this process, Node's share also held the
 * bench's own documents for (b) and its tsx compiler, and grew with them.
 */
async function bundleMemory(n: number): Promise<{ sites: Peak; district: Peak; ok: boolean; check: string }> {
  const { root } = district(n);
  const child = spawn('node', [CLI, 'bundle', '--year', '2026-27', '--edition', 'responder', '-o', join(root, 'out')], { cwd: root, env: { ...process.env, CI: '' } });
  let phase: 'sites' | 'district' = 'sites';
  let tail = '';
  // Progress lines go to stderr (or stdout): "[n/n]" ends the per-site phase.
  const progress = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-400);
    if (new RegExp(`\\[${n}/${n}\\]`).test(tail)) phase = 'district';
  };
  child.stdout.on('data', progress);
  child.stderr.on('data', progress);
  const peaks = { sites: { node: 0, chromium: 0, sum: 0 }, district: { node: 0, chromium: 0, sum: 0 } };
  const timer = setInterval(() => {
    let pids: string[] = [];
    try {
      pids = execFileSync('ps', ['-C', 'chromium,chrome,chrome-headless-shell', '-o', 'pid='], { encoding: 'utf8' }).trim().split(/\s+/);
    } catch {
      /* ps prints nothing and exits 1 when no chromium runs */
    }
    const node = pssKb(child.pid!) / 1024;
    const chromium = pids.reduce((sum, pid) => sum + pssKb(pid), 0) / 1024;
    const p = peaks[phase];
    [p.node, p.chromium, p.sum] = [Math.max(p.node, node), Math.max(p.chromium, chromium), Math.max(p.sum, node + chromium)];
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  // The district PDF (or its volumes) must open and pass qpdf --check.
  const dir = join(root, 'out', 'responder');
  const volumes = existsSync(dir) ? readdirSync(dir).filter((f) => /^district(-\d+)?\.pdf$/.test(f)) : [];
  const bad = volumes.filter((f) => spawnSync('pdfinfo', [join(dir, f)]).status !== 0 || spawnSync('qpdf', ['--check', join(dir, f)]).status !== 0);
  const pages = volumes.reduce((sum, f) => sum + Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(dir, f)], { encoding: 'utf8' }).stdout)?.[1] ?? 0), 0);
  const check = `${n} sites: ${volumes.length} volume${volumes.length === 1 ? '' : 's'}, ${pages} pages, ${bad.length ? `FAILED: ${bad.join(', ')}` : 'every one opens in pdfinfo and passes qpdf --check'}`;
  rmSync(root, { recursive: true, force: true });
  const round = (p: Peak): Peak => ({ node: Math.round(p.node), chromium: Math.round(p.chromium), sum: Math.round(p.sum) });
  return { sites: round(peaks.sites), district: round(peaks.district), ok: code === 0, check };
}

/** One bundle of n sites, in this process, timed: the per-site phase and the district PDF. */
async function bundleRun(n: number) {
  const { root, files } = district(n);
  const printer = await Printer.open(executable, pages, process.env.BENCH_RESTART_AFTER ? Number(process.env.BENCH_RESTART_AFTER) : undefined);
  const t0 = performance.now();
  let sitesDone = 0;
  await renderBundle({
    files, editions: ['responder'], root, config: openDistrict(root).config, schoolYear: '2026-27', rendered: '2026-11-23', cwd: root,
    printer, outDir: join(root, 'out'), staging: join(root, 'out', '.staging'), onProgress: () => void (sitesDone = performance.now()),
  });
  const total = performance.now() - t0;
  await printer.close();
  rmSync(root, { recursive: true, force: true });
  return { sites: sitesDone - t0, district: total - (sitesDone - t0) };
}

if (!existsSync(fileURLToPath(new URL('../dist/main.js', import.meta.url))) && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('npm run build failed');

const { root, files } = district(N);
const ctx = { root, config: openDistrict(root).config, rendered: '2026-11-23', cwd: root };
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
for (let r = 0; r < (memoryOnly ? 0 : Number(args.rounds)); r++) rounds.push({ a: await bundleRun(N), b: await bareLoop() });
const naive = memoryOnly ? 0 : Number(args.naive);
const t0 = performance.now();
for (const d of docs.slice(0, naive)) {
  const printer = await Printer.open(executable, 1);
  await printer.print(d);
  await printer.close();
}
const c = ((performance.now() - t0) / naive) * N;
// Memory in runs of their own: N sites, then 3N (or the --memory-sites counts, for example 100,1000).
const [n1, n3] = args['memory-sites'] ? args['memory-sites'].split(',').map(Number) as [number, number] : [N, 3 * N];
const m1 = await bundleMemory(n1);
const m3 = await bundleMemory(n3);
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
const pct = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b / a) - 1) * 100).toFixed(0)}%`;
if (!m1.ok || !m3.ok) console.log('    (a cssp bundle run for memory failed: its figures are not to be used)');
console.log(`peak PSS of cssp bundle (node bin/cssp.js, a process of its own), per-site phase: ${m1.sites.sum} MB with ${n1} sites, ${m3.sites.sum} MB with ${n3} (${pct(m1.sites.sum, m3.sites.sum)})`);
console.log(`    of which Node ${m1.sites.node} / ${m3.sites.node} MB (${pct(m1.sites.node, m3.sites.node)}), Chromium ${m1.sites.chromium} / ${m3.sites.chromium} MB (${pct(m1.sites.chromium, m3.sites.chromium)})`);
console.log(`    while the district PDF is built: ${m1.district.sum} MB with ${n1} sites (Node ${m1.district.node}), ${m3.district.sum} MB with ${n3} (Node ${m3.district.node}); whole run, cssp's process: ${Math.max(m1.sites.node, m1.district.node)} / ${Math.max(m3.sites.node, m3.district.node)} MB (${pct(Math.max(m1.sites.node, m1.district.node), Math.max(m3.sites.node, m3.district.node))})`);
console.log(`    district PDF volumes checked: ${[m1, m3].map((m) => m.check).join('; ')}`);
