// cssp export: RFC 7946 GeoJSON (checked by @placemarkio/check-geojson and cssp's own schema, and
// loaded by GDAL's ogrinfo where it is installed), one feature per positioned feature, nothing from
// the packet in the public export, and ids that stay the same from one school year to the next.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runExport } from '../../src/commands/export.js';
import { fitAffine, usng } from '../../src/plan/georef.js';
import { copySample, REPO } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';

type Collection = { type: string; features: { id: string; geometry: { coordinates: number[] } | null; properties: Record<string, unknown> }[] };
const root = copySample();
const exported = (args: string[], opts: object): Collection => {
  runExport(args, { output: 'x.geojson', ...opts }, memoryIo(root));
  return JSON.parse(readFileSync(join(root, 'x.geojson'), 'utf8')) as Collection;
};
const countPositions = (value: unknown): number =>
  Array.isArray(value) ? value.reduce((n: number, v) => n + countPositions(v), 0)
  : value && typeof value === 'object' ? Object.entries(value).reduce((n, [k, v]) => n + (k === 'position' ? 1 : countPositions(v)), 0) : 0;

describe('cssp export --format geojson', () => {
  const all = exported([], { year: '2026-27' });
  const text = readFileSync(join(root, 'x.geojson'), 'utf8');

  it('is valid RFC 7946 GeoJSON and matches cssp\'s export schema', () => {
    // check() throws a HintError listing every issue when the text is not RFC 7946 GeoJSON.
    expect(() => void (check as (geojson: string) => unknown)(text)).not.toThrow();
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(REPO, 'schemas/export.schema.json'), 'utf8')) as object);
    expect(validate(all), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('has each site, and one feature for each positioned feature of its plan', () => {
    const plans = ['bayside-elementary', 'breakwater-high', 'cypress-grove-elementary', 'harbor-vista-high', 'pelican-ridge-middle', 'seacliff-k8'];
    const positioned = plans.reduce((n, s) => n + countPositions((parse(readFileSync(join(root, '2026-27', `${s}.yaml`), 'utf8')) as { responder: unknown }).responder), 0);
    expect(all.features.filter((f) => f.properties.cssp_kind === 'site')).toHaveLength(6);
    expect(all.features.filter((f) => f.properties.cssp_kind !== 'site')).toHaveLength(positioned);
  });

  it('places features of georeferenced maps on the earth, with a USNG reference; the others keep map coordinates', () => {
    const gas = all.features.find((f) => f.id === '9999901:bayside-elementary:gas:G1')!;
    expect(gas.geometry!.coordinates[0]).toBeCloseTo(-119.704 + (538 / 1000) * 0.0028, 6);
    expect(gas.geometry!.coordinates[1]).toBeCloseTo(34.403 - (544 / 640) * 0.0016, 6);
    expect(gas.properties).toMatchObject({ grid_cell: 'E6', usng: expect.stringMatching(/^11S KU \d{5} \d{5}$/) as unknown });
    const unplaced = all.features.find((f) => f.id.startsWith('9999901:seacliff-k8:gas:'))!;
    expect(unplaced.geometry).toBeNull();
    expect(unplaced.properties.map_x).toEqual(expect.any(Number));
  });

  it('the public export holds the sites and nothing from the responder packet', () => {
    const pub = exported([], { year: '2026-27', edition: 'public' });
    expect(pub.features.map((f) => f.properties.cssp_kind)).toEqual(Array(6).fill('site'));
  });

  it('gives an unchanged feature the same id in two school years', () => {
    const ids = (year: string) => new Set(exported([join(root, year, 'bayside-elementary.yaml')], {}).features.map((f) => f.id));
    const before = ids('2025-26');
    const after = ids('2026-27');
    expect([...after].filter((id) => before.has(id)).length).toBeGreaterThan(10);
    expect(after.has('9999901:bayside-elementary:gas:G1') && before.has('9999901:bayside-elementary:gas:G1')).toBe(true);
  });

  // CI installs gdal-bin (.ci/run); there a missing ogrinfo fails rather than skips.
  it.skipIf(spawnSync('ogrinfo', ['--version']).status !== 0 && process.env.CI !== 'true')('loads in GDAL (ogrinfo) with every feature', () => {
    runExport([], { year: '2026-27', output: 'gdal.geojson' }, memoryIo(root));
    const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', join(root, 'gdal.geojson')], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Feature Count: ${all.features.length}\\b`));
    expect(info).toMatch(/GEOGCRS\["WGS 84"|WGS 84/);
  });

  it('--format csv is the feature index', () => {
    runExport([], { year: '2026-27', format: 'csv', output: 'x.csv' }, memoryIo(root));
    const lines = readFileSync(join(root, 'x.csv'), 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('id,kind,category,name,label,grid_cell,usng,longitude,latitude,where');
    expect(lines).toHaveLength(all.features.length - 6 + 1);
  });
});

describe('georeference', () => {
  it('fits the points it is given exactly, and refuses points on one line', () => {
    const fit = fitAffine([{ x: 0, y: 0, lat: 34, lon: -119 }, { x: 100, y: 0, lat: 34, lon: -118.99 }, { x: 0, y: 100, lat: 33.99, lon: -119 }])!;
    expect(fit(100, 100).lon).toBeCloseTo(-118.99, 9);
    expect(fit(100, 100).lat).toBeCloseTo(33.99, 9);
    expect(fitAffine([{ x: 0, y: 0, lat: 1, lon: 1 }, { x: 1, y: 1, lat: 2, lon: 2 }, { x: 2, y: 2, lat: 3, lon: 3 }])).toBeUndefined();
  });

  it('writes USNG with its parts spaced', () => {
    expect(usng(-77.0365, 38.8977)).toMatch(/^18S UJ \d{5} \d{5}$/); // the White House
  });
});
