// The family edition's catalogs (assets/catalogs/family/<lang>.json): headings, notes and the
// general guidance printed where a plan says nothing, per language, each with its review state.
// A catalog not yet reviewed by a native speaker says so in its file; `cssp doctor` lists them.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Catalog } from '../edition/family.js';
import { readText } from '../util/files.js';

const DIR = fileURLToPath(new URL('../../assets/catalogs/family/', import.meta.url));

/** Languages cssp ships a catalog for, English first. */
export function catalogLanguages(): string[] {
  const langs = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  return ['en', ...langs.filter((l) => l !== 'en').sort()];
}

const cache = new Map<string, Catalog>();

export function loadCatalog(lang: string): Catalog {
  const known = catalogLanguages();
  if (!known.includes(lang)) {
    throw new UsageError(`cssp has no family-edition catalog for the language "${lang}".`, `Languages: ${known.join(', ')} (BCP 47 codes; Chinese is zh-Hans or zh-Hant).`);
  }
  let catalog = cache.get(lang);
  if (!catalog) cache.set(lang, (catalog = JSON.parse(readText(join(DIR, `${lang}.json`))) as Catalog));
  return catalog;
}
