// cssp translate extract | import: the family edition's strings out to translators as XLIFF 2.0,
// and their work back into the district folder (translations/<year>/<site>.<lang>.yaml).
import { basename, relative, resolve } from 'node:path';
import { districtOfPlan, openDistrictFrom, type District } from '../district/open.js';
import { defaultOutput } from '../district/out-dir.js';
import { readTranslation, translationFile, writeTranslation } from '../plan/translations.js';
import { familySource, translationState } from '../edition/family.js';
import { noticeSource } from '../edition/meeting-notice.js';
import { ConfigError, UsageError } from '../errors.js';
import type { Io } from '../io/std.js';
import { writeOutput } from '../io/output.js';
import { placeOf } from '../plan/paths.js';
import { loadPlan } from '../render/load.js';
import { yearPlans } from '../render/document.js';
import { extractXliff, readXliff } from '../translate/xliff.js';
import { readText } from '../util/files.js';
import { plural } from '../util/plural.js';

export interface TranslateExtractOptions { site?: string; year?: string; lang: string; output?: string; root?: string }
export interface TranslateImportOptions { reviewed?: boolean; translator?: string; output?: string; root?: string }

const LANG = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

export async function runTranslateExtract(planArg: string | undefined, opts: TranslateExtractOptions, io: Io): Promise<number> {
  if (!LANG.test(opts.lang) || opts.lang === 'en') throw new UsageError(`--lang ${opts.lang}: give the language to translate into as a BCP 47 code, for example es, vi, zh-Hans or ar.`);
  const { file, district } = planOf(planArg, opts, io);
  const { fileSiteId, folderYear } = placeOf(file);
  const year = folderYear ?? opts.year;
  if (!year) throw new UsageError(`${file} is not in a school-year folder (plans/2026-27/...), so cssp cannot tell which year's translation it is.`);
  const plan = loadPlan(file, io.cwd, 'translated');
  // The family edition's strings, then the meeting notice's letter (sent to parent organisations too).
  const units = [...familySource(plan, district.config), ...noticeSource(plan)];
  const existing = readTranslation(district.root, year, fileSiteId, opts.lang);
  const xml = await extractXliff(units, fileSiteId, year, opts.lang, existing?.units);
  const output = opts.output ?? defaultOutput(district.root, io.cwd, `${fileSiteId}-${year}-family.${opts.lang}.xlf`);
  const path = writeOutput({ cwd: io.cwd, given: output, data: xml, what: 'the XLIFF file' });
  const state = translationState(units, existing);
  const todo = state.missing.length + state.stale.length;
  io.stdout(`Wrote ${relative(io.cwd, path) || path}: ${plural(units.length, 'string')} of ${plan.site.name}'s family edition for ${opts.lang}, ${todo ? `${todo} to translate (${state.missing.length} new, ${state.stale.length} whose English changed)` : 'all translated already'}.\n` +
    `Send it to the translators; when it comes back: cssp translate import ${basename(path)}\n`);
  return 0;
}

export async function runTranslateImport(fileArg: string, opts: TranslateImportOptions, io: Io): Promise<number> {
  const path = resolve(io.cwd, fileArg);
  const xliff = await readXliff(readText(path), basename(path));
  const district = openDistrictFrom(opts.root, io.cwd, 'Run cssp inside your district folder, or pass --root DIR.');
  const { files } = yearPlans(district.root, xliff.year);
  const planFile = files.find((f) => placeOf(f).fileSiteId === xliff.site);
  if (!planFile) throw new ConfigError(`${basename(path)} is for ${xliff.site} in ${xliff.year}, and the district has no such plan.`);
  const imported = loadPlan(planFile, io.cwd, 'translated');
  const units = [...familySource(imported, district.config), ...noticeSource(imported)];
  const known = new Set(units.map((u) => u.id));
  const unknown = Object.keys(xliff.units).filter((id) => !known.has(id));
  const kept = Object.fromEntries(Object.entries(xliff.units).filter(([id]) => known.has(id)));
  const target = opts.output ? resolve(io.cwd, opts.output) : translationFile(district.root, xliff.year, xliff.site, xliff.lang);
  const stored = { language: xliff.lang, reviewed: opts.reviewed === true, ...(opts.translator ? { translator: opts.translator } : {}), units: kept };
  const written = writeTranslation(target, xliff.year, xliff.site, stored);
  const state = translationState(units, stored);
  io.stdout(`Stored ${plural(Object.keys(kept).length, 'translated string')} for ${xliff.site} (${xliff.year}, ${xliff.lang}) in ${relative(io.cwd, written) || written}: ${state.state}` +
    `${state.stale.length ? `; ${plural(state.stale.length, 'string')} translated from English that has changed since (stale): ${state.stale.join(', ')}` : ''}` +
    `${state.missing.length ? `; not translated: ${state.missing.join(', ')}` : ''}.\n` +
    `${unknown.length ? `Not imported (the family edition no longer prints them): ${unknown.join(', ')}.\n` : ''}` +
    `${opts.reviewed ? '' : 'Marked not reviewed by a native speaker: pass --reviewed once one has.\n'}`);
  return 0;
}

function planOf(planArg: string | undefined, opts: { site?: string; year?: string; root?: string }, io: Io): { file: string; district: District } {
  if (planArg && opts.site) throw new UsageError('Give a plan file or --site, not both.');
  if (planArg) {
    const file = resolve(io.cwd, planArg);
    const district = districtOfPlan(file, io.cwd);
    if (!district) throw new ConfigError(`${planArg} is not in a district folder (no cssp.config.yaml above it).`);
    return { file, district };
  }
  if (!opts.site) throw new UsageError('Name a plan file, or a site with --site ID.');
  const district = openDistrictFrom(opts.root, io.cwd, 'Run cssp inside your district folder, or pass --root DIR.');
  const { year, files } = yearPlans(district.root, opts.year);
  const file = files.find((f) => placeOf(f).fileSiteId === opts.site);
  if (!file) throw new ConfigError(`No plan for the site ${opts.site} in ${year}.`);
  return { file, district };
}
