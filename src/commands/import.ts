// cssp import: .docx -> (mammoth) HTML -> blocks -> sections, committee, contacts, maps ->
// checked, atomic write of the plan, then the unmapped file and the map images -> branch and
// commit as `cssp new` makes -> the report. Everything is read and checked before anything is written.
import { plural } from '../util/plural.js';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { assemble } from '../import/assemble.js';
import { docxToHtml } from '../import/convert.js';
import { parseMaps } from '../import/match.js';
import { htmlToBlocks } from '../import/model.js';
import { buildImportPlan, mapFiles, unmappedText } from '../import/plan.js';
import { readDocx } from '../import/read.js';
import { formatReport, wordsOut } from '../import/report.js';
import type { Io } from '../io/std.js';
import { validateYear } from '../plan/school-year.js';
import { commitNewPlan } from '../new/git-step.js';
import { schemaModeline } from '../new/modeline.js';
import { planPath } from '../plan/paths.js';
import { openDistrictFrom } from '../district/open.js';
import { checkBeforeSave, checkPlanText } from '../district/save.js';
import { writeFilesAtomic } from '../plan/write.js';
import { today } from '../util/iso-date.js';

export interface ImportCommandOptions {
  site?: string;
  year?: string;
  output?: string;
  map?: string[];
  force?: boolean;
  git?: boolean;
  root?: string;
}

export async function runImport(docx: string, opts: ImportCommandOptions, io: Io): Promise<number> {
  const district = openDistrictFrom(opts.root, io.cwd, 'Run cssp import inside your district folder, or start a district with `cssp init`.');
  const { root } = district;
  if (!opts.site || !opts.year) throw new UsageError(`cssp import needs ${!opts.site ? '--site' : '--year'}.`, 'For example: cssp import "Lincoln CSSP 2025-26.docx" --site lincoln-elementary --year 2026-27');
  const site = district.config.sites.find((s) => s.id === opts.site);
  if (!site) throw new UsageError(`--site ${opts.site} is not in the site registry of cssp.config.yaml.`, `Sites: ${district.config.sites.map((s) => s.id).join(', ')}.`);
  const yearOk = validateYear(opts.year);
  if (yearOk !== true) throw new UsageError(`--year: ${yearOk}`);
  const maps = parseMaps(opts.map ?? []);
  const file = opts.output ? resolve(io.cwd, opts.output) : resolve(root, planPath(district.plansDir, opts.year, site.id));
  const unmappedFile = join(dirname(file), `${basename(file).replace(/\.ya?ml$/, '')}.unmapped.md`);
  const show = (p: string) => relative(io.cwd, p) || '.';
  const source = resolve(io.cwd, docx);
  const name = basename(source);

  const buffer = readDocx(source);
  const { html, images } = await docxToHtml(buffer, name);
  const blocks = htmlToBlocks(html);
  if (!blocks.some((b) => b.kind !== 'image')) throw new UsageError(`${name} has no text to import.`, 'Check that it is the plan (a scanned plan is pictures of pages: it needs its text typed or recognised first).');
  const assembled = assemble(blocks, maps);
  const files = mapFiles(assembled, images, site.id);
  for (const target of [file, ...(assembled.unmapped.length ? [unmappedFile] : []), ...files.map((f) => resolve(dirname(file), f.file))]) {
    if (!opts.force && existsSync(target)) throw new UsageError(`${show(target)} already exists; cssp did not change anything.`, 'Choose another --year, --site or -o. --force replaces it and discards everything written in it (only what git has committed can be got back).');
  }
  const asOf = today();
  const standardsDir = join(root, 'standards');
  const standards = new Set(existsSync(standardsDir) ? readdirSync(standardsDir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)) : []);
  const modeline = schemaModeline(dirname(file), root);
  const input = { site, year: opts.year, modeline, districtName: district.config.district.name, standards, source: name, date: asOf, unmappedName: basename(unmappedFile) };
  const plan = buildImportPlan(assembled, files, input);
  const unmapped = unmappedText(assembled, name, basename(file));

  // Checked as savePlan checks, then the plan, its unmapped text and its images written as one change.
  checkBeforeSave(file, plan.text, district, { asOf, force: opts.force });
  const outputs = [
    { path: file, data: plan.text },
    ...(assembled.unmapped.length ? [{ path: unmappedFile, data: unmapped }] : []),
    ...files.map((f) => ({ path: resolve(dirname(file), f.file), data: images[f.image]!.data })),
  ];
  writeFilesAtomic(outputs);
  const written = outputs.map((o) => o.path);
  const findings = checkPlanText(file, plan.text, district, asOf);
  const errors = findings.filter((d) => d.severity === 'error').length;
  const out = [`Imported ${name} into ${show(file)}: ${plural(plan.written.length, 'section')} with text, ${plural(assembled.members.length, 'committee member')}, ${plural(assembled.contacts.length, 'contact')}, ${plural(files.length, 'image')}.`, ''];
  out.push(...formatReport(assembled, files, wordsOut(plan.text, unmapped, assembled), basename(unmappedFile)));
  if (plan.notWritten.length || plan.fromStandards.length) out.push('');
  if (plan.notWritten.length) out.push(`  Not in the document (marked not written): ${plan.notWritten.join(', ')}.`);
  if (plan.fromStandards.length) out.push(`  Not in the document (the district standard, as cssp new does): ${plan.fromStandards.join(', ')}.`);
  if (plan.written.includes('dressCode')) {
    out.push('', '  A question the document cannot answer:', '    Did the school adopt a dress code prohibiting gang-related apparel (EC 35183)? Its text is in sections.dressCode,', '    marked not written until you answer: write adopted: true (or false), then remove the line status: not-written.');
  }
  out.push(`  cssp check lists ${findings.length} finding${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) for this plan: the meeting, adoption, drills and consultations the document cannot give.`);
  let committed = false;
  if (opts.git !== false && !opts.output) {
    const branch = `cssp/${site.id}-${opts.year}`;
    const message = `${site.name}: import the ${opts.year} safety plan from ${name}\n\nImported by cssp import: every section is to be reviewed; what no section matched\nis in ${basename(unmappedFile)}.`;
    const git = await commitNewPlan({ cwd: root, branch, files: written, message });
    committed = git.committed;
    out.push('', ...git.lines);
  }
  out.push('', 'Next steps:', `  1. Review ${show(file)} section by section${assembled.unmapped.length ? `, and move what ${show(unmappedFile)} holds into it` : ''}.`, `  2. cssp check ${show(file)}`);
  if (committed) out.push(`  3. git push -u origin cssp/${site.id}-${opts.year}, and open a pull request for review.`);
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}
