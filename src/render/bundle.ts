// Every site of a school year, in one or more editions: per-site PDFs, a combined district PDF
// and a manifest per edition. One browser prints everything (its page pool is the concurrency).
// Everything is written into a staging folder first and moved into place at the end, so an
// interrupted run leaves nothing half-made behind. A site that fails is reported; the rest print.
import { readRegularFile } from '../util/files.js';
import { moveFile, writeFileAtomic } from '../plan/write.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DistrictConfig } from '../plan/types.generated.js';
import { planCommits } from '../io/plan-commit.js';
import { placeOf } from '../plan/paths.js';
import { planDocument } from './document.js';
import { buildDistrictPdf, type Volume } from './district-pdf.js';
import { pageCount } from './merge.js';
import type { Printer } from './pdf.js';
import { EDITION_TITLES, type Edition } from '../edition/view.js';
import { ownCopy } from '../util/own-copy.js';

export interface BundleRequest {
  files: readonly string[];
  editions: readonly Edition[];
  root: string;
  config: DistrictConfig | undefined;
  schoolYear: string;
  rendered: string;
  cwd: string;
  printer: Printer;
  /** Final output folder; each edition gets a subfolder. */
  outDir: string;
  /** Where files are written until the run completes (inside outDir, removed by the caller). */
  staging: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Set for `--shard i/n`: `files` is already this shard's slice; no district PDF is built. */
  shard?: Shard;
}

export interface Shard {
  index: number;
  count: number;
}

export interface ProgressEvent {
  edition: Edition;
  site: string;
  error?: string;
  pages?: number;
}

export interface SiteEntry {
  site: string;
  name: string;
  file: string;
  pages: number;
  version: string | undefined;
  adopted: string | undefined;
  contentHash: string;
  commit: string | undefined;
  /** First page of this site in the combined district PDF (in its volume, when there are several). */
  districtPage?: number;
  /** The volume holding this site, when the district PDF is in volumes. */
  districtFile?: string;
}

export interface Failure {
  site: string;
  plan: string;
  error: string;
}

export interface EditionResult {
  edition: Edition;
  sites: SiteEntry[];
  failed: Failure[];
  /** The district PDF (its first volume when there are several). */
  district: { file: string; pages: number } | undefined;
  /** Every volume of the district PDF (one unless it passed bundle.volumePages). */
  volumes?: Volume[];
}

export async function renderBundle(req: BundleRequest): Promise<EditionResult[]> {
  const ctx = { root: req.root, config: req.config, rendered: req.rendered, cwd: req.cwd, commitOf: planCommits() };
  for (const edition of req.editions) mkdirSync(join(req.staging, edition), { recursive: true });
  const printSite = async (edition: Edition, file: string): Promise<SiteEntry | Failure> => {
    const site = placeOf(file).fileSiteId;
    try {
      const doc = planDocument(file, edition, ctx);
      const pdf = await req.printer.print(doc);
      writeFileAtomic(join(req.staging, edition, `${site}.pdf`), pdf);
      const pages = await pageCount(pdf);
      req.onProgress?.({ edition, site, pages });
      const { version, adopted, contentHash, commit } = doc.stamp;
      // Copies: kept until the run ends, a slice of the plan's text would keep all of it.
      return { site, name: ownCopy(doc.view.site.name), file: `${edition}/${site}.pdf`, pages, version: ownCopy(version), adopted: ownCopy(adopted), contentHash, commit };
    } catch (err) {
      const error = ownCopy((err as Error)?.message ?? String(err));
      req.onProgress?.({ edition, site, error });
      return { site, plan: file, error };
    }
  };
  // As many workers as the browser has pages, each taking the next site: a document's HTML is
  // built only when a page is free for it, so memory stays flat however many sites there are.
  const tasks = req.editions.flatMap((edition, e) => req.files.map((file, f) => ({ edition, file, e, f })));
  const printed: (SiteEntry | Failure)[][] = req.editions.map(() => []);
  let next = 0;
  const worker = async () => {
    for (let t = tasks[next++]; t; t = tasks[next++]) printed[t.e]![t.f] = await printSite(t.edition, t.file);
  };
  await Promise.all(Array.from({ length: req.printer.pages }, worker));
  const results: EditionResult[] = [];
  for (const [i, edition] of req.editions.entries()) {
    const all = printed[i]!;
    const sites = all.filter((r): r is SiteEntry => 'pages' in r);
    const failed = all.filter((r): r is Failure => 'error' in r);
    // A shard's sites go into the district PDF only when the shards are merged.
    const result = req.shard ? { edition, sites, failed, district: undefined } : await finishEdition(req, edition, sites, failed, (e) => readRegularFile(join(req.staging, e.file)));
    if (req.shard) writeManifest(req, result);
    results.push(result);
  }
  moveIntoPlace(req, results);
  return results;
}

export type ManifestInfo = Pick<BundleRequest, 'config' | 'schoolYear' | 'rendered' | 'cwd' | 'staging' | 'printer' | 'shard'>;

/** The combined district PDF (when any site printed) and the manifest, in the staging folder. */
export async function finishEdition(req: ManifestInfo, edition: Edition, sites: SiteEntry[], failed: Failure[], read: (entry: SiteEntry) => Uint8Array): Promise<EditionResult> {
  let district: EditionResult['district'];
  let volumes: Volume[] | undefined;
  if (sites.length > 0) {
    const front = { district: req.config?.district.name, schoolYear: req.schoolYear, edition, rendered: req.rendered, failed: failed.map((f) => f.site) };
    const write = (name: string, pdf: Uint8Array) => writeFileAtomic(join(req.staging, edition, name), pdf);
    volumes = (await buildDistrictPdf(req.printer, front, sites, read, { volumePages: req.config?.bundle?.volumePages, write })).map((v) => ({ ...v, file: `${edition}/${v.file}` }));
    district = { file: volumes[0]!.file, pages: volumes[0]!.pages };
  }
  const result: EditionResult = { edition, sites, failed, district, ...(volumes ? { volumes } : {}) };
  writeManifest(req, result);
  return result;
}

function writeManifest(req: ManifestInfo, result: EditionResult): void {
  writeFileAtomic(join(req.staging, result.edition, 'manifest.json'), `${JSON.stringify(manifest(req, result), null, 2)}\n`);
}

/** All printed: move into place, edition by edition (a rename within one folder tree is atomic). */
export function moveIntoPlace(req: Pick<BundleRequest, 'staging' | 'outDir'>, results: readonly EditionResult[]): void {
  for (const { edition, sites, volumes } of results) {
    mkdirSync(join(req.outDir, edition), { recursive: true });
    const district = volumes?.map((v) => v.file.slice(edition.length + 1)) ?? [];
    for (const name of [...sites.map((s) => `${s.site}.pdf`), ...district, 'manifest.json']) {
      try {
        moveFile(join(req.staging, edition, name), join(req.outDir, edition, name));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err; // no district.pdf when every site failed
      }
    }
  }
}

function manifest(req: ManifestInfo, r: EditionResult) {
  return {
    tool: 'cssp',
    district: req.config?.district.name,
    schoolYear: req.schoolYear,
    edition: r.edition,
    editionTitle: EDITION_TITLES[r.edition],
    rendered: req.rendered,
    ...(req.shard && { shard: `${req.shard.index}/${req.shard.count}` }),
    districtPdf: r.district,
    ...(r.volumes && r.volumes.length > 1 ? { volumes: r.volumes } : {}),
    sites: r.sites,
    failed: r.failed.map((f) => ({ ...f, plan: relative(req.cwd, f.plan) })),
  };
}

const relative = (cwd: string, file: string) => (file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file);
