// npm run bench:import [-- --pages 60]
//
// Times `cssp import` on a generated Word plan of about --pages pages (about 450 words a page: the
// old-citation template's headings, paragraphs, lists, a roster, a contact table and a map image
// per section), into a copy of the sample district, without git.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runImport } from '../src/commands/import.js';
import { SECTIONS } from '../src/plan/sections.js';
import { writeDocx, type Part } from '../test/helpers/docx.js';
import { CONTACTS, ROSTER } from '../test/import/fixtures.js';

const { values: args } = parseArgs({ options: { pages: { type: 'string', default: '60' } } });
const pages = Number(args.pages);
const SENTENCE = 'Staff follow these procedures so that every pupil, including pupils with disabilities, is accounted for and safe.';
const paragraph = (n: number) => `${n}. ${Array.from({ length: 3 }, () => SENTENCE).join(' ')}`;

const parts: Part[] = [{ h: 1, text: 'Comprehensive School Safety Plan' }, { h: 1, text: 'School Site Council Members' }, { table: ROSTER }, { h: 1, text: 'Emergency Contacts' }, { table: CONTACTS }];
// ~450 words a page at ~57 words a paragraph: 8 paragraphs a page.
const perSection = Math.ceil((pages * 8) / SECTIONS.length);
for (const s of SECTIONS) {
  parts.push({ h: 1, text: `${s.title} (${s.citation.replace('EC 3228', 'EC 35294.')})` });
  for (let i = 0; i < perSection; i++) parts.push(i % 10 === 9 ? { items: [SENTENCE, SENTENCE, SENTENCE] } : { p: paragraph(i) });
  parts.push({ table: [['Step', 'Who'], ['Call 911', 'Office'], ['Account for pupils', 'Teachers']] }, { image: true });
}

const root = mkdtempSync(join(tmpdir(), 'cssp-bench-import-'));
cpSync(fileURLToPath(new URL('../plans/', import.meta.url)), root, { recursive: true });
const docx = await writeDocx(join(root, 'plan.docx'), parts);
let report = '';
const io = { cwd: root, env: {}, stdoutIsTTY: false, stdinIsTTY: false, stdout: (t: string) => void (report += t), stderr: () => undefined };
const started = performance.now();
await runImport(docx, { site: 'bayside-elementary', year: '2027-28', git: false }, io);
const ms = performance.now() - started;
const words = /Words: (\d+) in, (\d+) out/.exec(report);
console.log(`${pages} pages (${words?.[1]} words in, ${words?.[2]} out, ${SECTIONS.length} sections, ${SECTIONS.length} images): ${ms.toFixed(0)} ms, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
rmSync(root, { recursive: true, force: true });
