// npm run bench:import-scale
//
// Is `cssp import` linear in the number of paragraphs, and within 500 MB? Documents of 5,000 and
// 20,000 (the most cssp imports) tiny paragraphs are written first; each is then imported in a
// process of its own, so its peak memory is the import's alone. Reports ms per paragraph (the
// fixed start-up cost of the smallest run subtracted) and peak RSS.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImport } from '../src/commands/import.js';
import { writeDocx, type Part } from '../test/helpers/docx.js';

if (process.argv[2] === '--one') {
  const [, , , docx, root] = process.argv;
  const io = { cwd: root!, env: {}, stdoutIsTTY: false, stdinIsTTY: false, stdout: () => undefined, stderr: () => undefined };
  const started = performance.now();
  await runImport(docx!, { site: 'bayside-elementary', year: '2027-28', git: false, force: true }, io);
  console.log(JSON.stringify({ ms: performance.now() - started, rss: process.resourceUsage().maxRSS / 1024 }));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'cssp-bench-scale-'));
  const sizes = [100, 5_000, 19_999]; // with the heading, the largest is at the limit of 20,000
  const rows: { n: number; ms: number; rss: number }[] = [];
  for (const n of sizes) {
    const root = join(dir, `d${n}`);
    cpSync(fileURLToPath(new URL('../plans/', import.meta.url)), root, { recursive: true });
    const parts: Part[] = [{ h: 1, text: 'Safety strategies and programs' }, ...Array.from({ length: n }, (_, i) => ({ p: `Paragraph ${i}.` }))];
    const docx = await writeDocx(join(root, 'plan.docx'), parts);
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', docx, root], { encoding: 'utf8' });
    rows.push({ n, ...(JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; rss: number }) });
  }
  const base = rows[0]!;
  for (const r of rows.slice(1)) {
    const per = (r.ms - base.ms) / (r.n - base.n);
    console.log(`${r.n.toLocaleString('en-US')} paragraphs: ${r.ms.toFixed(0)} ms (${(per * 1000).toFixed(1)} µs a paragraph beyond the ${base.n}-paragraph run), peak RSS ${r.rss.toFixed(0)} MiB`);
  }
  const [, five, twenty] = rows;
  const ratio = ((twenty!.ms - base.ms) / (twenty!.n - base.n)) / ((five!.ms - base.ms) / (five!.n - base.n));
  console.log(`time a paragraph at 20,000 / at 5,000 (within 1.5x is linear): ${ratio.toFixed(2)}x`);
  rmSync(dir, { recursive: true, force: true });
}
