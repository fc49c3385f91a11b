// A plan's site and responder features as GeoJSON (RFC 7946, WGS84), what a county 911 GIS loads:
// the site as an address point with NENA NG9-1-1 style fields (Place_Type school, AddDataURI), each
// feature with an id that stays the same across school years (district, site, kind and label), its
// category (IMDF's where it has one, else cssp's own, listed in schemas/export.schema.json), grid
// cell, USNG reference and the edition that may show it. Features on a map with no georeference
// have no geometry (null, as RFC 7946 allows) and keep their map coordinates in properties.
import type { Edition } from '../plan/editions.js';
import { cellOf, gridOf, mapsById, positionOf, responderFeatures, type Feature } from '../plan/responder-map.js';
import type { DistrictConfig, Plan } from '../plan/types.generated.js';
import { fitAffine, usng, type ToEarth } from '../plan/georef.js';

/** IMDF amenity/opening categories where one fits; the rest are cssp's (documented in the schema). */
const CATEGORY: Record<string, string> = {
  aed: 'defibrillator', 'trauma-kit': 'firstaid', 'fire-alarm-panel': 'cssp.firealarmcontrolpanel', 'sprinkler-riser': 'cssp.sprinklerriser',
  'fire-department-connection': 'cssp.firedepartmentconnection', 'knox-box': 'cssp.keybox', gas: 'cssp.shutoff.gas', water: 'cssp.shutoff.water',
  electric: 'cssp.shutoff.electric', hydrant: 'cssp.hydrant', naloxone: 'cssp.naloxone', generator: 'cssp.generator', 'hvac-shutdown': 'cssp.shutoff.hvac',
  'pa-system': 'cssp.pasystem', other: 'cssp.other', door: 'pedestrian', hazard: 'cssp.hazard', 'assembly-area': 'cssp.assembly',
  'evacuation-site': 'cssp.evacuation', 'reunification-site': 'cssp.reunification', 'staging-area': 'cssp.staging', 'command-post': 'cssp.commandpost',
};

export interface ExportInput {
  plan: Plan;
  config: DistrictConfig | undefined;
  edition: Edition;
  /** Each map's size by map id (read by the caller), for the grid cells. */
  sizes: ReadonlyMap<string, { width: number; height: number }>;
}

export interface GeoFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, string | number | boolean | null>;
}

const round = (n: number) => Math.round(n * 1e7) / 1e7;

/** The site and its features; `located` counts those placed on the earth. */
export function planFeatures({ plan, config, edition, sizes }: ExportInput): { features: GeoFeature[]; located: number; unlocated: number } {
  const districtId = config?.district.cdsCode?.replace(/-/g, '') ?? 'district';
  const site = plan.site;
  const maps = mapsById(plan.responder?.maps ?? []);
  const toEarth = new Map<string, ToEarth>();
  for (const [id, { map }] of maps) {
    const fit = map.georeference ? fitAffine(map.georeference) : undefined;
    if (fit) toEarth.set(id, fit);
  }
  const verified = (plan.responder?.maps ?? []).map((m) => m.verified?.date).filter((d): d is string => !!d).sort().at(-1) ?? null;
  const features: GeoFeature[] = [];
  // The packet is responder content: the public edition exports the site alone.
  const shown = edition === 'public' ? [] : responderFeatures(plan.responder);
  let located = 0;
  let unlocated = 0;
  const centre = [...toEarth.entries()].map(([id, fit]) => {
    const size = sizes.get(id);
    return size ? fit(size.width / 2, size.height / 2) : undefined;
  }).find(Boolean);
  const street = /^(\d+[A-Z]?)\s+(.+)$/.exec(site.address.street ?? '');
  features.push({
    type: 'Feature',
    id: `${districtId}:${site.id}`,
    geometry: centre ? { type: 'Point', coordinates: [round(centre.lon), round(centre.lat)] } : null,
    properties: {
      cssp_kind: 'site', Place_Type: 'school', Site_Name: site.name, CDS_Code: site.cdsCode ?? null,
      Add_Number: street ? street[1]! : null, St_Name: street ? street[2]! : site.address.street ?? null,
      Inc_Muni: site.address.city ?? null, State: site.address.state ?? 'CA', Post_Code: site.address.zip ?? null,
      AddDataURI: config?.responderMaps?.addDataUri?.replace('{site}', site.id) ?? null,
      School_Year: plan.schoolYear, Verified: verified, edition,
    },
  });
  for (const f of shown) {
    const p = positionOf(f.position);
    if (!p) continue;
    const fit = toEarth.get(p.map);
    const size = sizes.get(p.map);
    const earth = fit?.(p.x, p.y);
    if (earth) located++;
    else unlocated++;
    features.push(feature(districtId, site.id, f, p, earth, size ? cellOf(p.x, p.y, size, gridOf(config)) : null));
  }
  return { features, located, unlocated };
}

function feature(districtId: string, siteId: string, f: Feature, p: { map: string; x: number; y: number }, earth: { lon: number; lat: number } | undefined, cell: string | null): GeoFeature {
  return {
    type: 'Feature',
    id: `${districtId}:${siteId}:${f.key}`,
    geometry: earth ? { type: 'Point', coordinates: [round(earth.lon), round(earth.lat)] } : null,
    properties: {
      cssp_kind: f.kind, category: CATEGORY[f.kind] ?? `cssp.${f.kind}`, name: f.name, label: f.label, where: f.where,
      map: p.map, map_x: p.x, map_y: p.y, grid_cell: cell, usng: earth ? usng(earth.lon, earth.lat) ?? null : null,
      classification: 'responder',
    },
  };
}
