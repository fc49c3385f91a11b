// Page 1 of the responder edition: what a fire captain reads in thirty seconds (NFPA 1620's
// "first-due" summary). Each list is capped so the sheet stays one page; what does not fit is
// counted ("3 more in the packet"), never carried to a second quick-sheet page.
import type { Plan } from '../plan/types.generated.js';
import { responderFeatures } from '../plan/responder-map.js';
import type { DrawnMap } from './drawn-map.js';
import { fitAffine, usng } from '../plan/georef.js';

export interface QuickItem {
  label: string;
  name: string;
  cell?: string;
  where: string;
}

export interface QuickList {
  title: string;
  items: QuickItem[];
  /** How many more the packet lists. */
  more: number;
}

export interface QuickSheet {
  lists: QuickList[];
  buildings: { name: string; facts: string }[];
  moreBuildings: number;
  /** The US National Grid reference of the campus (the centre of its first georeferenced map). */
  usng?: string;
  /** The first drawn map, small, with its grid and markers. */
  map: { title: string; drawn: DrawnMap; index: number } | undefined;
}

const CAP = 5;
const GROUPS: readonly [title: string, kinds: readonly string[]][] = [
  ['Fire protection', ['fire-alarm-panel', 'sprinkler-riser', 'fire-department-connection', 'knox-box', 'hydrant']],
  ['Shut-offs', ['gas', 'water', 'electric', 'hvac-shutdown', 'generator']],
  ['Medical', ['aed', 'trauma-kit', 'naloxone']],
  ['Hazards', ['hazard']],
  ['Staging, assembly, reunification', ['staging-area', 'command-post', 'assembly-area', 'reunification-site']],
];

/** A short "where": the first clause of the plan's words. */
const short = (where: string) => {
  const first = where.split(/[;(]/)[0]!.trim();
  return first.length > 70 ? `${first.slice(0, 67)}…` : first;
};

/** The centre of the first map that is both drawn and placed on the earth, as a USNG reference. */
function campusUsng(plan: Plan, maps: readonly { drawn?: DrawnMap }[]): string | undefined {
  const planMaps = plan.responder?.maps ?? [];
  for (const m of maps) {
    const points = m.drawn ? planMaps.find((p) => p.id === m.drawn!.id)?.georeference : undefined;
    const fit = points ? fitAffine(points) : undefined;
    if (!fit || !m.drawn) continue;
    const centre = fit(m.drawn.width / 2, m.drawn.height / 2);
    return usng(centre.lon, centre.lat);
  }
  return undefined;
}

export function quickSheet(plan: Plan, maps: readonly { title: string; src?: string; drawn?: DrawnMap }[]): QuickSheet {
  const cells = new Map<string, string>();
  for (const m of maps) for (const e of m.drawn?.index ?? []) cells.set(`${e.name}|${e.label}`, e.cell);
  const features = responderFeatures(plan.responder);
  const lists = GROUPS.map(([title, kinds]) => {
    const all = features.filter((f) => kinds.includes(f.kind)).map((f) => ({ label: f.label, name: f.name, cell: cells.get(`${f.name}|${f.label}`), where: short(f.where) }));
    return { title, items: all.slice(0, CAP), more: Math.max(0, all.length - CAP) };
  }).filter((l) => l.items.length > 0);
  const buildings = (plan.responder?.buildings ?? []).map((b) => ({
    name: b.name,
    facts: [b.construction, b.stories ? `${b.stories} ${b.stories === 1 ? 'story' : 'stories'}` : undefined, b.sprinklered === true ? 'sprinklered' : b.sprinklered === false ? 'not sprinklered' : undefined, b.roof].filter(Boolean).join(', '),
  }));
  const usngRef = campusUsng(plan, maps);
  const index = maps.findIndex((m) => m.drawn && m.src);
  const first = maps[index];
  return {
    lists, buildings: buildings.slice(0, CAP), moreBuildings: Math.max(0, buildings.length - CAP),
    ...(usngRef ? { usng: usngRef } : {}),
    // The image itself is drawn once, in the maps; the quick sheet shows it by reference (<use>).
    map: first ? { title: first.title, drawn: first.drawn!, index } : undefined,
  };
}
