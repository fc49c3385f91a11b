// `cssp bundle --edition family` (and `--edition all`): every site's family edition in English and
// in each language EC 48985 requires of it (sites[].languages at 15% or more), with the district's
// translations. One PDF per site and language, family/<site>.<lang>.pdf, and a manifest.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { requiredLanguages } from '../edition/family.js';
import { placeOf } from '../plan/paths.js';
import { translationOfPlan } from '../plan/translations.js';
import type { DistrictConfig } from '../plan/types.generated.js';
import { moveFile, writeFileAtomic } from '../plan/write.js';
import type { BundleRequest } from './bundle.js';
import { familyDocument } from './family-document.js';
import { pageCount } from './merge.js';

/** What the family edition's part of a bundle needs: the plan editions' request, less their editions and shard. */
export type FamilyBundleRequest = Pick<BundleRequest, 'files' | 'root' | 'config' | 'rendered' | 'cwd' | 'printer' | 'outDir' | 'staging' | 'onProgress'>;

export interface FamilyEntry { site: string; language: string; file: string; pages: number; englishPassages: number }
export interface FamilyResult { edition: 'family'; printed: FamilyEntry[]; failed: { site: string; language: string; error: string }[] }

/** The languages a site's family edition is printed in: English, then each required language, largest share first. */
export const familyLanguages = (config: DistrictConfig | undefined, site: string): string[] => ['en', ...requiredLanguages(config, site).map((l) => l.language)];

export async function renderFamilyBundle(req: FamilyBundleRequest): Promise<FamilyResult> {
  const tasks = req.files.flatMap((file) => familyLanguages(req.config, placeOf(file).fileSiteId).map((language) => ({ file, language })));
  const result: FamilyResult = { edition: 'family', printed: [], failed: [] };
  mkdirSync(join(req.staging, 'family'), { recursive: true });
  let next = 0;
  const worker = async () => {
    for (let t = tasks[next++]; t; t = tasks[next++]) {
      const site = placeOf(t.file).fileSiteId;
      try {
        const translation = translationOfPlan(req.root, t.file, t.language);
        const doc = familyDocument(t.file, t.language, { root: req.root, config: req.config, rendered: req.rendered, cwd: req.cwd, ...(translation ? { translation } : {}) });
        const pdf = await req.printer.print(doc);
        const name = `${site}.${t.language}.pdf`;
        writeFileAtomic(join(req.staging, 'family', name), pdf);
        const pages = await pageCount(pdf);
        result.printed.push({ site, language: t.language, file: `family/${name}`, pages, englishPassages: doc.view.fallbacks });
        req.onProgress?.({ edition: 'family', site: `${site} (${t.language})`, pages });
      } catch (err) {
        const error = (err as Error)?.message ?? String(err);
        result.failed.push({ site, language: t.language, error });
        req.onProgress?.({ edition: 'family', site: `${site} (${t.language})`, error });
      }
    }
  };
  await Promise.all(Array.from({ length: req.printer.pages }, worker));
  result.printed.sort((a, b) => a.file.localeCompare(b.file));
  writeFileAtomic(join(req.staging, 'family', 'manifest.json'), `${JSON.stringify({ edition: 'family', rendered: req.rendered, printed: result.printed, failed: result.failed }, null, 2)}\n`);
  mkdirSync(join(req.outDir, 'family'), { recursive: true });
  for (const name of [...result.printed.map((p) => p.file.slice('family/'.length)), 'manifest.json']) moveFile(join(req.staging, 'family', name), join(req.outDir, 'family', name));
  return result;
}
