// The district's translations of each school's family edition, kept in its repository beside the
// plans: translations/<school-year>/<site>.<lang>.yaml, one file per school, year and language,
// written by `cssp translate import` from the translators' XLIFF. Each unit keeps the English it
// was translated from and its hash, so a reviewer sees what changed and cssp sees what is stale.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { placeOf } from './paths.js';
import { writeFileAtomic } from './write.js';
import { yamlLib } from './yaml-lib.js';
import { parseText } from './source.js';
import { readText } from '../util/files.js';

/** A language's stored translation of one school's family edition. */
export interface Translation {
  language: string;
  /** true once a native speaker has reviewed it. */
  reviewed?: boolean;
  translator?: string;
  units: Record<string, { sourceHash: string; text: string }>;
}

export const translationsDir = (root: string, year: string): string => join(root, 'translations', year);
export const translationFile = (root: string, year: string, site: string, lang: string): string => join(translationsDir(root, year), `${site}.${lang}.yaml`);

/**
 * The translation for a school year: its own file, or else the newest earlier year's. Most of a
 * family edition is the same from year to year, and each unit carries the hash of its English, so
 * last year's translation of an unchanged sentence is current and of a changed one stale: a new
 * school year does not start with every translation missing.
 */
export function readTranslation(root: string, year: string, site: string, lang: string): Translation | undefined {
  const base = join(root, 'translations');
  const years = existsSync(base) ? readdirSync(base).filter((y) => /^\d{4}-\d{2}$/.test(y) && y <= year).sort().reverse() : [];
  const found = years.find((y) => existsSync(translationFile(root, y, site, lang)));
  return found ? readTranslationFile(translationFile(root, found, site, lang), lang) : undefined;
}

/** A plan file's translation into `lang`, found from its place (<year>/<site>.yaml); none for English or outside a year folder. */
export function translationOfPlan(root: string | undefined, file: string, lang: string): Translation | undefined {
  const { folderYear, fileSiteId } = placeOf(file);
  return root && folderYear && lang !== 'en' ? readTranslation(root, folderYear, fileSiteId, lang) : undefined;
}

function readTranslationFile(file: string, lang: string): Translation {
  // The one reading of a YAML file (source.ts): a district's every plan reads its translations.
  const read = parseText(readText(file));
  const error = read.diagnostics.find((d) => d.severity === 'error');
  const value = error ? undefined : (read.data as Partial<Translation> | null | undefined);
  if (!value || typeof value !== 'object' || typeof value.units !== 'object' || value.units === null) {
    throw new ConfigError(`${file} is not a cssp translation file${error ? ` (line ${error.line}: ${error.message})` : ''}.`, 'Import the translators\' XLIFF again with cssp translate import, or restore the file from git.');
  }
  const units: Translation['units'] = {};
  for (const [id, u] of Object.entries(value.units as Record<string, { sourceHash?: unknown; text?: unknown }>)) {
    if (u && typeof u.sourceHash === 'string' && typeof u.text === 'string') units[id] = { sourceHash: u.sourceHash, text: u.text };
  }
  return { language: String(value.language ?? lang), ...(value.reviewed === true ? { reviewed: true } : {}), ...(typeof value.translator === 'string' ? { translator: value.translator } : {}), units };
}

/** Languages with a stored translation for a site and year. */
export function storedLanguages(root: string, year: string, site: string): string[] {
  const dir = translationsDir(root, year);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => (f.startsWith(`${site}.`) && f.endsWith('.yaml') ? [f.slice(site.length + 1, -5)] : []));
}

export interface StoredUnit { sourceHash: string; source: string; text: string }

/** Writes `t` to `file` (translationFile(...) unless the user named another) atomically. */
export function writeTranslation(file: string, year: string, site: string, t: { language: string; reviewed: boolean; translator?: string; units: Record<string, StoredUnit> }): string {
  const header = [
    `# The ${t.language} translation of ${site}'s family edition, ${year}, from cssp translate import.`,
    '# Each unit keeps the English it was translated from (source) and its hash: when the English',
    '# changes, cssp prints the English with a note until the unit is translated again.',
    '# reviewed: true only once a native speaker has reviewed every unit.',
  ].join('\n');
  const body = yamlLib().stringify({ language: t.language, reviewed: t.reviewed, ...(t.translator ? { translator: t.translator } : {}), units: t.units }, { lineWidth: 0 });
  writeFileAtomic(file, `${header}\n${body}`);
  return file;
}
