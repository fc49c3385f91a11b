// `cssp bundle --merge DIR…`: the shards' site PDFs and partial manifests -> the same output as an
// unsharded run. Shards take contiguous slices of the sites (shardSlice), so the shards in index
// order put the sites in the unsharded order; only the district PDF's front matter is printed here.
import { readRegularFile, readText } from '../util/files.js';
import { writeFileAtomic } from '../plan/write.js';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DistrictConfig } from '../plan/types.generated.js';
import { UsageError } from '../errors.js';
import { finishEdition, moveIntoPlace, type EditionResult, type Failure, type SiteEntry } from './bundle.js';
import type { Printer } from './pdf.js';
import type { Edition } from '../edition/view.js';
import { PLAN_EDITIONS as EDITIONS } from '../plan/editions.js';

interface ShardManifest {
  district: string | undefined;
  schoolYear: string;
  rendered: string;
  shard?: string;
  sites: SiteEntry[];
  failed: Failure[];
}

/** Each edition that the shards printed, read and checked: every shard 1..n once, one school year. */
export function readShards(dirs: readonly string[]): { edition: Edition; manifests: { dir: string; m: ShardManifest }[] }[] {
  const found = EDITIONS.map((edition) => {
    const manifests = dirs
      .filter((dir) => existsSync(join(dir, edition, 'manifest.json')))
      .map((dir) => ({ dir, m: JSON.parse(readText(join(dir, edition, 'manifest.json'))) as ShardManifest }));
    return { edition, manifests };
  }).filter((e) => e.manifests.length > 0);
  if (found.length === 0) throw new UsageError(`No shard manifests (<edition>/manifest.json) in ${dirs.join(', ')}.`);
  for (const { edition, manifests } of found) {
    const shards = manifests.map(({ dir, m }) => ({ dir, m, parts: /^(\d+)\/(\d+)$/.exec(m.shard ?? '') }));
    const bad = shards.find((s) => !s.parts);
    if (bad) throw new UsageError(`${join(bad.dir, edition, 'manifest.json')} is not from cssp bundle --shard.`);
    const count = Number(shards[0]!.parts![2]);
    const indexes = shards.map((s) => Number(s.parts![1])).sort((a, b) => a - b);
    const years = new Set(manifests.map(({ m }) => m.schoolYear));
    if (years.size > 1 || shards.some((s) => Number(s.parts![2]) !== count) || indexes.join() !== Array.from({ length: count }, (_, i) => i + 1).join()) {
      throw new UsageError(`The ${edition} shards do not make one run: found ${manifests.map(({ m }) => `${m.shard} (${m.schoolYear})`).join(', ')}; expected 1/${count} to ${count}/${count} of one school year.`);
    }
    manifests.sort((a, b) => Number(a.m.shard!.split('/')[0]) - Number(b.m.shard!.split('/')[0]));
  }
  return found;
}

export interface MergeRequest {
  dirs: readonly string[];
  config: DistrictConfig | undefined;
  cwd: string;
  printer: Printer;
  outDir: string;
  staging: string;
}

export async function mergeBundles(req: MergeRequest): Promise<EditionResult[]> {
  const results: EditionResult[] = [];
  for (const { edition, manifests } of readShards(req.dirs)) {
    mkdirSync(join(req.staging, edition), { recursive: true });
    const from = new Map<string, string>();
    for (const { dir, m } of manifests) for (const s of m.sites) from.set(s.site, join(dir, s.file));
    const sites = manifests.flatMap(({ m }) => m.sites.map((s) => ({ ...s }))); // buildDistrictPdf sets each districtPage
    for (const s of sites) writeFileAtomic(join(req.staging, s.file), readRegularFile(from.get(s.site)!));
    const first = manifests[0]!.m;
    // The district name comes from the shards, so a merge outside the district folder matches too.
    const config = first.district ? ({ ...req.config, district: { ...req.config?.district, name: first.district } } as DistrictConfig) : req.config;
    const info = { config, schoolYear: first.schoolYear, rendered: first.rendered, cwd: req.cwd, staging: req.staging, printer: req.printer };
    results.push(await finishEdition(info, edition, sites, manifests.flatMap(({ m }) => m.failed), (e) => readRegularFile(join(req.staging, e.file))));
  }
  moveIntoPlace(req, results);
  return results;
}
