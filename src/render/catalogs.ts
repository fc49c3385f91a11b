// The family edition's catalogs (assets/catalogs/family/<lang>.json): headings, notes and the
// general guidance printed where a plan says nothing, per language, each with its review state.
// A catalog not yet reviewed by a native speaker says so in its file; `cssp doctor` lists them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { languageName, type Catalog } from '../edition/family.js';
import { readText } from '../util/files.js';
import { packageFile } from '../version.js';

const DIR = packageFile('assets/catalogs/family/');

/** Languages cssp ships a catalog for, English first. */
export function catalogLanguages(): string[] {
  const langs = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  return ['en', ...langs.filter((l) => l !== 'en').sort()];
}

const cache = new Map<string, Catalog>();

/**
 * The catalog for `lang`. A language cssp has no catalog for (Hmong, Armenian...) still gets its
 * family edition: the district's translations of the school's own words, with cssp's headings and
 * general guidance in English (marked lang="en") and said so.
 */
export function loadCatalog(lang: string): Catalog {
  if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang)) {
    throw new UsageError(`"${lang}" is not a language code.`, `Give a BCP 47 code: ${catalogLanguages().join(', ')}, or another such as hmn (Hmong).`);
  }
  let catalog = cache.get(lang);
  if (catalog) return catalog;
  if (catalogLanguages().includes(lang)) catalog = JSON.parse(readText(join(DIR, `${lang}.json`))) as Catalog;
  else {
    const english = loadCatalog('en');
    catalog = {
      ...english, language: lang, name: languageName(lang), englishName: languageName(lang), dir: RTL.has(lang.split('-')[0]!) ? 'rtl' : 'ltr', stringsLang: 'en',
      review: { state: 'none', note: `cssp has no catalog for ${languageName(lang)}: its headings and general guidance print in English.` },
    };
  }
  cache.set(lang, catalog);
  return catalog;
}

/** Languages written right to left. */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);
