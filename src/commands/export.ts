// cssp export: the district's responder features as data for 911 and GIS. GeoJSON (RFC 7946) for
// every plan given, or every site of a school year; CSV for the feature index.
import { relative, resolve } from 'node:path';
import { isBlocking } from '../check/usable.js';
import { openDistrictFrom } from '../district/open.js';
import { defaultOutput } from '../district/out-dir.js';
import { UsageError } from '../errors.js';
import { planFeatures, type GeoFeature } from '../export/geojson.js';
import { formatCsv } from '../format/csv.js';
import { writeOutput } from '../io/output.js';
import type { Io } from '../io/std.js';
import { EDITIONS, type Edition } from '../plan/editions.js';
import { placeOf } from '../plan/paths.js';
import { readPlan } from '../plan/read-plan.js';
import { mapsById } from '../plan/responder-map.js';
import type { Plan } from '../plan/types.generated.js';
import { yearPlans } from '../render/document.js';
import { readImageSize } from '../util/image-size.js';
import { plural } from '../util/plural.js';

export interface ExportOptions {
  year?: string;
  format?: 'geojson' | 'csv';
  edition?: Edition;
  output?: string;
  root?: string;
}

export function runExport(paths: readonly string[], opts: ExportOptions, io: Io): number {
  const district = openDistrictFrom(opts.root, io.cwd, 'Run cssp export inside your district folder, or pass --root DIR.');
  const format = opts.format ?? 'geojson';
  const edition = opts.edition ?? 'responder';
  if (!EDITIONS.includes(edition)) throw new UsageError(`Unknown edition ${String(edition)}; use responder, public or full.`);
  const chosen = paths.length ? { year: undefined, files: paths.map((p) => resolve(io.cwd, p)) } : yearPlans(district.root, opts.year);
  const all: GeoFeature[] = [];
  let unlocated = 0;
  for (const file of chosen.files) {
    const source = readPlan(file);
    const shown = relative(io.cwd, file) || file;
    if (source.diagnostics.some(isBlocking) || !source.data) {
      io.stderr(`cssp: ${shown} was left out: it has YAML or schema errors (cssp check ${shown} lists them).\n`);
      continue;
    }
    const plan = source.data as Plan;
    const result = planFeatures({ plan, config: district.config, edition, sizes: mapSizes(plan, file, district.root) });
    all.push(...result.features);
    unlocated += result.unlocated;
  }
  const year = chosen.year ?? placeOf(chosen.files[0] ?? '').folderYear ?? 'plans';
  const name = `${year}-${edition}-features.${format === 'csv' ? 'csv' : 'geojson'}`;
  const output = opts.output ?? defaultOutput(district.root, io.cwd, name);
  const data = format === 'csv' ? csv(all) : `${JSON.stringify({ type: 'FeatureCollection', features: all }, null, 1)}\n`;
  const path = writeOutput({ cwd: io.cwd, given: output, data, what: 'the export' });
  const sites = all.filter((f) => f.properties.cssp_kind === 'site').length;
  io.stderr(`Wrote ${relative(io.cwd, path) || path}: ${plural(sites, 'site')}, ${plural(all.length - sites, 'feature')} (${edition} edition).\n`);
  if (unlocated) io.stderr(`cssp: ${plural(unlocated, 'feature')} ${unlocated === 1 ? 'is' : 'are'} on maps with no georeference points, so ${unlocated === 1 ? 'it has' : 'they have'} map coordinates and a grid cell but no place on the earth (geometry null). Add three or more \`georeference:\` points to those maps.\n`);
  return 0;
}

/** Each map's size, by id, for maps inside the district. */
function mapSizes(plan: Plan, file: string, root: string): Map<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const [id, { map }] of mapsById(plan.responder?.maps ?? [])) {
    const size = typeof map.file === 'string' ? readImageSize(resolve(file, '..', map.file), root) : undefined;
    if (size) sizes.set(id, size);
  }
  return sizes;
}

function csv(features: readonly GeoFeature[]): string {
  const header = ['id', 'kind', 'category', 'name', 'label', 'grid_cell', 'usng', 'longitude', 'latitude', 'where'];
  const rows = features.filter((f) => f.properties.cssp_kind !== 'site').map((f) => [
    f.id, String(f.properties.cssp_kind), String(f.properties.category), String(f.properties.name), String(f.properties.label),
    String(f.properties.grid_cell ?? ''), String(f.properties.usng ?? ''),
    f.geometry ? String(f.geometry.coordinates[0]) : '', f.geometry ? String(f.geometry.coordinates[1]) : '', String(f.properties.where),
  ]);
  return formatCsv(header, rows);
}
