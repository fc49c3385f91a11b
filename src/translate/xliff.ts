// XLIFF 2.0 for the people who translate: what Crowdin, Weblate, Phrase and professional
// translators import and export. One file per school, year and language; each unit is a string
// the family edition prints from the plan or the district config, its id stable across years
// ("family.reunification"), with the hash of its English in a note. Read and written by the
// maintained `xliff` package, not by hand.
import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { UsageError } from '../errors.js';
import { sourceHash, type SourceUnit } from '../edition/family.js';

const NOTE = 'source-hash';

/** The file id names the school and year, so an imported file finds its way back: "bayside-elementary.2026-27". */
export const fileId = (site: string, year: string): string => `${site}.${year}`;

export async function extractXliff(units: readonly SourceUnit[], site: string, year: string, lang: string, existing?: Record<string, { sourceHash: string; text: string }>): Promise<string> {
  const resources: Record<string, { source: string; target: string; note: string }> = {};
  for (const u of units) {
    // A current translation goes out as the target, so a translator sees what is done; a stale one does not.
    const done = existing?.[u.id]?.sourceHash === u.hash ? existing[u.id]!.text : '';
    resources[u.id] = { source: u.text, target: done, note: `${NOTE} ${u.hash}` };
  }
  return `${await js2xliff({ sourceLanguage: 'en', targetLanguage: lang, resources: { [fileId(site, year)]: resources } })}\n`;
}

export interface ImportedXliff {
  site: string;
  year: string;
  lang: string;
  /** Units with a target: the English they were translated from (the file's own source) and the translation. */
  units: Record<string, { source: string; sourceHash: string; text: string }>;
  /** Units the file has no translation for. */
  empty: string[];
}

export async function readXliff(xml: string, name: string): Promise<ImportedXliff> {
  let js: { sourceLanguage?: string; targetLanguage?: string; resources?: Record<string, Record<string, { source?: unknown; target?: unknown }>> };
  try {
    js = await xliff2js(xml);
  } catch (err) {
    throw new UsageError(`${name} is not an XLIFF file cssp can read (${(err as Error).message.split('\n')[0]}).`, 'Export the translation as XLIFF 2.0 from your translation tool, or send back the file cssp translate extract wrote.');
  }
  const files = Object.entries(js.resources ?? {});
  const lang = js.targetLanguage;
  if (!lang) throw new UsageError(`${name} does not say its target language (trgLang).`, 'Export it again as XLIFF 2.0 with the target language set.');
  if (files.length !== 1) throw new UsageError(`${name} holds ${files.length} files; cssp imports one school's translation at a time.`);
  const [id, resources] = files[0]!;
  const m = /^([a-z0-9][a-z0-9-]*)\.(\d{4}-\d{2})$/.exec(id);
  if (!m) throw new UsageError(`${name}: its file id "${id}" does not name a school and year as cssp translate extract writes it (site.2026-27).`);
  const units: ImportedXliff['units'] = {};
  const empty: string[] = [];
  for (const [unit, r] of Object.entries(resources)) {
    const source = typeof r.source === 'string' ? r.source : '';
    const text = typeof r.target === 'string' ? r.target.trim() : '';
    if (!text) empty.push(unit);
    // The hash of the file's own English: if the plan changed since it was extracted, the import is stale at once.
    else units[unit] = { source, sourceHash: sourceHash(source), text };
  }
  return { site: m[1]!, year: m[2]!, lang, units, empty };
}
