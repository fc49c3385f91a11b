// cssp render: one plan, one edition -> a PDF (or the HTML with --html, for previewing).
import { relative, resolve } from 'node:path';
import { checkPlanSource } from '../district/save.js';
import { ConfigError, CsspError, UsageError } from '../errors.js';
import { plural } from '../util/plural.js';
import type { Io } from '../io/std.js';
import { placeOf } from '../plan/paths.js';
import { readPlan } from '../plan/read-plan.js';
import { checkOutputName, writeOutput } from '../io/output.js';
import { requireBrowser } from '../render/browser-path.js';
import { districtOfPlan, openDistrictFrom, type District } from '../district/open.js';
import { defaultOutput } from '../district/out-dir.js';
import { planDocument, yearPlans, type DocumentContext } from '../render/document.js';
import type { RenderedHtml } from '../render/html.js';
import { familyDocument } from '../render/family-document.js';
import { meetingNoticeDocument } from '../render/meeting-notice-document.js';
import { translationOfPlan } from '../plan/translations.js';
import type { Edition } from '../edition/view.js';
import { today } from '../util/iso-date.js';

export interface RenderCommandOptions {
  site?: string;
  year?: string;
  edition?: Edition | 'meeting-notice';
  /** The family edition's language (BCP 47: es, vi, zh-Hans, ar...); English when not given. */
  lang?: string;
  /** Print a stale translation instead of the English with a note. */
  allowStale?: boolean;
  output?: string;
  html?: boolean;
  root?: string;
  /** Refuse to print a plan that cssp check finds errors in. */
  strict?: boolean;
}

export async function runRender(planArg: string | undefined, opts: RenderCommandOptions, io: Io): Promise<number> {
  if (planArg && opts.site) throw new UsageError('Give a plan file or --site, not both.');
  // The district is opened (strictly) before anything is read: a config with an error stops here.
  const fix = 'Run cssp inside your district folder, or pass --root DIR.';
  const given = planArg === undefined ? undefined : resolve(io.cwd, planArg);
  const district = opts.root || !given ? openDistrictFrom(opts.root, io.cwd, fix) : districtOfPlan(given, io.cwd);
  const file = given ?? siteFile(opts, district!);
  const edition = opts.edition ?? 'responder';
  // What cssp check would say: a plan with errors prints as a draft, said plainly, or not at all with --strict.
  const source = readPlan(file); // one reading: checked here, printed below
  const findings = district ? checkPlanSource(source, district, today()) : [];
  const errors = findings.filter((d) => d.severity === 'error').length;
  const warnings = findings.filter((d) => d.severity === 'warning').length;
  const shown = relative(io.cwd, file) || file;
  if (errors && opts.strict) {
    throw new CsspError(`${shown} has ${plural(errors, 'error')}, so cssp did not print it (--strict).`, `Run \`cssp check ${shown}\` and fix ${errors === 1 ? 'it' : 'them'}, then print again.`, 1);
  }
  const draftNote = () => {
    if (errors) io.stderr(`cssp: warning: ${shown} has ${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''} (cssp check ${shown} lists them), so this is a draft: do not hand it out as the plan. --strict refuses to print such a plan.\n`);
    else if (warnings) io.stderr(`cssp: note: ${shown} has ${plural(warnings, 'warning')} (cssp check ${shown} lists them); read them before handing this out.\n`);
  };
  if (opts.lang && edition !== 'family' && edition !== 'meeting-notice') throw new UsageError('--lang is for the family edition and the meeting notice: cssp render --edition family --lang es.');
  const ctx = { root: district?.root, config: district?.config, rendered: today(), cwd: io.cwd, preview: opts.html, source };
  const { fileSiteId } = placeOf(file);
  const lang = opts.lang ?? 'en';
  const doc = printable(file, edition, lang, ctx, opts, io);
  const output = opts.output ?? defaultOutput(district?.root, io.cwd, `${fileSiteId}-${doc.schoolYear}-${edition}${doc.inLanguage ? `-${lang}` : ''}.${opts.html ? 'html' : 'pdf'}`);
  const what = opts.html ? 'the HTML' : 'the PDF';
  checkOutputName(output, what);
  if (opts.html) {
    const path = writeOutput({ cwd: io.cwd, given: output, data: doc.html, what });
    io.stderr(`Wrote ${relative(io.cwd, path) || path}\n`);
    draftNote();
    return 0;
  }
  const executable = requireBrowser(io.env);
  const [{ Printer }, { pageCount }] = await Promise.all([import('../render/pdf.js'), import('../render/merge.js')]);
  const printer = await Printer.open(executable, 1);
  let pdf: Uint8Array;
  try {
    pdf = await printer.print(doc);
  } finally {
    await printer.close();
  }
  const path = writeOutput({ cwd: io.cwd, given: output, data: pdf, what });
  io.stderr(`Wrote ${relative(io.cwd, path) || path} (${plural(await pageCount(pdf), 'page')}, ${doc.described})\n`);
  draftNote();
  return 0;
}

/** What `cssp render` prints: an edition of the plan, the family edition or the meeting notice, with what to say of it. */
function printable(file: string, edition: Edition | 'meeting-notice', lang: string, ctx: DocumentContext, opts: RenderCommandOptions, io: Io): RenderedHtml & { schoolYear: string; described: string; inLanguage: boolean } {
  if (edition === 'family') {
    const doc = familyOf(file, lang, ctx, opts, io);
    return { ...doc, schoolYear: doc.view.schoolYear, described: `family edition, ${doc.view.catalog.englishName}`, inLanguage: true };
  }
  if (edition === 'meeting-notice') {
    const doc = noticeOf(file, lang, ctx, io);
    return { ...doc, schoolYear: doc.view.schoolYear, described: `public meeting notice, ${lang}`, inLanguage: true };
  }
  const doc = planDocument(file, edition, ctx);
  // A map that is not printed says so here too, not only on its page.
  for (const map of doc.view.maps) if (map.problem) io.stderr(`cssp: warning: map "${map.title}" is not shown: ${map.problem}.\n`);
  return { ...doc, schoolYear: doc.view.schoolYear, described: `${doc.view.editionTitle.toLowerCase()}, content ${doc.stamp.contentHash}`, inLanguage: false };
}

/** The public meeting's notice letters in `lang`, one a page; says who gets none and what prints in English. */
function noticeOf(file: string, lang: string, ctx: DocumentContext, io: Io) {
  const { fileSiteId } = placeOf(file);
  const translation = translationOfPlan(ctx.root, file, lang);
  const doc = meetingNoticeDocument(file, lang, { ...ctx, ...(translation ? { translation } : {}) });
  if (!doc.view.letters.length) throw new UsageError(`${fileSiteId}: the plan records no public meeting to announce.`, 'Add publicMeeting: with its date and location (EC 32288(b)), then print the notice.');
  io.stderr(`cssp: ${plural(doc.view.letters.length, 'letter')} (EC 32288(b)(2)), one a page${doc.view.notApplicable.length ? `; none for ${doc.view.notApplicable.join('; ')}` : ''}.\n`);
  if (doc.view.fallbacks) io.stderr(`cssp: warning: the letter's ${lang} translation is missing or stale, so it prints in English with a note: cssp translate extract --lang ${lang} carries it.\n`);
  return doc;
}

/** The family edition in `lang`, with the district's translation; says what prints in English and why. */
function familyOf(file: string, lang: string, ctx: DocumentContext, opts: RenderCommandOptions, io: Io) {
  const translation = translationOfPlan(ctx.root, file, lang);
  const doc = familyDocument(file, lang, { ...ctx, ...(translation ? { translation } : {}), ...(opts.allowStale ? { allowStale: true } : {}) });
  if (doc.view.fallbacks) {
    io.stderr(`cssp: warning: ${plural(doc.view.fallbacks, 'passage')} of the ${doc.view.catalog.englishName} family edition ${doc.view.fallbacks === 1 ? 'prints' : 'print'} in English with a "translation being updated" note: ${translation ? 'their translation is stale or missing' : 'there is no translation on file'}. cssp translate extract --lang ${lang} writes what to translate.\n`);
  }
  if (lang !== 'en' && doc.view.catalog.review.state === 'draft') io.stderr(`cssp: note: cssp's ${doc.view.catalog.englishName} headings and general guidance are a draft not yet reviewed by a native speaker.\n`);
  if (doc.view.catalog.review.state === 'none') io.stderr(`cssp: note: ${doc.view.catalog.review.note}\n`);
  return doc;
}

function siteFile(opts: RenderCommandOptions, district: District): string {
  if (!opts.site) throw new UsageError('Name a plan file, or a site with --site ID.', 'For example: cssp render plans/2026-27/lincoln-elementary.yaml, or cssp render --site lincoln-elementary --year 2026-27.');
  const { year, files } = yearPlans(district.root, opts.year);
  const file = files.find((f) => placeOf(f).fileSiteId === opts.site);
  if (!file) throw new ConfigError(`No plan for the site ${opts.site} in ${year}.`, `Sites with plans in ${year}: ${files.map((f) => placeOf(f).fileSiteId).join(', ')}.`);
  return file;
}
