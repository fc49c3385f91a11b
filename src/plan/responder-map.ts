// Responder maps as data: every feature a plan positions on a map (shut-offs, systems, hazards,
// doors, gathering places), its label, its grid cell, and the checks a fire captain relies on.
// Pure: the image's size is given (read by the check), so this is the one place a cell is computed,
// for the PDF's markers and index, the rules and the 911 export alike.
import type { DocPath } from './paths.js';
import type { DistrictConfig, Position } from './types.generated.js';
import { utilityName } from './utilities.js';

export interface Size {
  width: number;
  height: number;
}

export interface Grid {
  columns: number;
  rows: number;
}

export const DEFAULT_GRID: Grid = { columns: 8, rows: 6 };
export const gridOf = (config: DistrictConfig | undefined): Grid => config?.responderMaps?.grid ?? DEFAULT_GRID;

/** Column letter and row number of the cell holding (x, y): "C4". A point on the far edge is in the last cell. */
export function cellOf(x: number, y: number, size: Size, grid: Grid): string {
  const column = Math.min(grid.columns - 1, Math.max(0, Math.floor((x / size.width) * grid.columns)));
  const row = Math.min(grid.rows - 1, Math.max(0, Math.floor((y / size.height) * grid.rows)));
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

export const isInside = (p: Pick<Position, 'x' | 'y'>, size: Size): boolean => p.x >= 0 && p.y >= 0 && p.x <= size.width && p.y <= size.height;

/** A position as a plan may write it (with schema errors, any field may be missing). */
export type LoosePosition = { map?: unknown; x?: unknown; y?: unknown };

/** A whole position (a map id and two numbers), or undefined. */
export const positionOf = (p: LoosePosition | undefined): Position | undefined =>
  p && typeof p === 'object' && typeof p.map === 'string' && Number.isFinite(p.x) && Number.isFinite(p.y) ? { map: p.map, x: p.x as number, y: p.y as number } : undefined;

/** A category for the index and the export: IMDF's name where it has one, else cssp's own. */
export type FeatureKind = string;

export interface Feature {
  /** Stable within the plan: the same feature keeps it across school years (kind and label). */
  key: string;
  kind: FeatureKind;
  /** What the index calls it, for example Gas shut-off. */
  name: string;
  /** The short label drawn at the marker: G1, FACP, B-3, A1. */
  label: string;
  /** Words from the plan (where it is), for the index. */
  where: string;
  path: DocPath;
  /** As the plan writes it (the rules say what is wrong with a partial one). */
  position: LoosePosition | undefined;
}

const SHORT: Record<string, string> = {
  gas: 'G', water: 'W', electric: 'E', 'fire-alarm-panel': 'FACP', 'sprinkler-riser': 'SR', 'fire-department-connection': 'FDC', 'knox-box': 'KB',
  aed: 'AED', generator: 'GEN', 'hvac-shutdown': 'HVAC', 'pa-system': 'PA', 'trauma-kit': 'TK', naloxone: 'NX', hydrant: 'H', other: 'X',
};
const PLACES: readonly [key: 'assemblyAreas' | 'evacuationSites' | 'reunificationSites' | 'stagingAreas', kind: string, name: string, short: string][] = [
  ['assemblyAreas', 'assembly-area', 'Assembly area', 'A'], ['evacuationSites', 'evacuation-site', 'Evacuation site', 'EV'],
  ['reunificationSites', 'reunification-site', 'Reunification site', 'R'], ['stagingAreas', 'staging-area', 'Staging area', 'S'],
];

interface ResponderLike {
  utilities?: { kind?: string; location?: string; map?: string; position?: LoosePosition }[];
  hazards?: { kind?: string; location?: string; position?: LoosePosition }[];
  doors?: { building?: string; number?: number; notes?: string; position?: LoosePosition }[];
  assemblyAreas?: { name?: string; location?: string; position?: LoosePosition }[];
  evacuationSites?: { name?: string; location?: string; position?: LoosePosition }[];
  reunificationSites?: { name?: string; location?: string; position?: LoosePosition }[];
  stagingAreas?: { name?: string; location?: string; position?: LoosePosition }[];
  commandPost?: { name?: string; location?: string; position?: LoosePosition };
}

const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : []);

/** Every responder feature of the plan, in packet order, each with its label. */
export function responderFeatures(responder: ResponderLike | undefined): Feature[] {
  const r = responder ?? {};
  const out: Feature[] = [];
  const counts = new Map<string, number>();
  const next = (prefix: string) => {
    const n = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, n);
    return n;
  };
  list(r.utilities).forEach((u, i) => {
    const short = SHORT[String(u.kind)] ?? 'X';
    // The plan's own label (the map column of the packet, G1) when it has one, else the kind's short name and a count.
    const label = typeof u.map === 'string' && u.map.trim() ? u.map.trim() : `${short}${next(short)}`;
    out.push({ key: `${String(u.kind)}:${label}`, kind: String(u.kind), name: utilityName(u.kind), label, where: String(u.location ?? ''), path: ['responder', 'utilities', i], position: u.position });
  });
  list(r.hazards).forEach((h, i) => {
    const label = `HZ${next('HZ')}`;
    out.push({ key: `hazard:${label}`, kind: 'hazard', name: `Hazard: ${String(h.kind ?? '')}`, label, where: String(h.location ?? ''), path: ['responder', 'hazards', i], position: h.position });
  });
  list(r.doors).forEach((d, i) => {
    const label = doorLabel(String(d.building ?? ''), Number(d.number));
    out.push({ key: `door:${label}`, kind: 'door', name: 'Exterior door', label, where: String(d.notes ?? ''), path: ['responder', 'doors', i], position: d.position });
  });
  for (const [key, kind, name, short] of PLACES) {
    list(r[key]).forEach((p, i) => {
      const label = `${short}${next(short)}`;
      out.push({ key: `${kind}:${label}`, kind, name, label, where: `${String(p.name ?? '')}: ${String(p.location ?? '')}`, path: ['responder', key, i], position: p.position });
    });
  }
  if (r.commandPost && typeof r.commandPost === 'object') {
    out.push({ key: 'command-post:CP', kind: 'command-post', name: 'Incident command post', label: 'CP', where: String(r.commandPost.location ?? ''), path: ['responder', 'commandPost'], position: r.commandPost.position });
  }
  return out;
}

/** B-3: the building's id in capitals and the door's number. */
export const doorLabel = (building: string, number: number): string => `${building.toUpperCase()}-${number}`;

export interface DoorProblem {
  index: number;
  messageId: 'doorDuplicate' | 'doorGap' | 'doorOrder';
  data: Record<string, string | number>;
}

/**
 * Each building's doors should be numbered 1..n without gaps or repeats, running around the
 * building (clockwise or counter-clockwise as seen on the map, north up or not) from its main
 * entrance. Their order is read from their angle around the doors' centre on one map.
 */
export function doorProblems(doors: readonly { building?: string; number?: number; position?: LoosePosition }[], direction: 'clockwise' | 'counterclockwise'): DoorProblem[] {
  const problems: DoorProblem[] = [];
  const byBuilding = new Map<string, { index: number; number: number; position?: Position }[]>();
  doors.forEach((d, index) => {
    if (typeof d?.building !== 'string' || !Number.isInteger(d.number)) return;
    const list = byBuilding.get(d.building) ?? [];
    list.push({ index, number: d.number!, position: positionOf(d.position) });
    byBuilding.set(d.building, list);
  });
  for (const [building, entries] of byBuilding) {
    const seen = new Map<number, number>();
    for (const e of entries) {
      if (seen.has(e.number)) problems.push({ index: e.index, messageId: 'doorDuplicate', data: { label: doorLabel(building, e.number) } });
      else seen.set(e.number, e.index);
    }
    const numbers = [...seen.keys()].sort((a, b) => a - b);
    // The first number out of sequence: the ones after it follow from it.
    const gap = numbers.findIndex((n, i) => n !== i + 1);
    if (gap >= 0) problems.push({ index: seen.get(numbers[gap]!)!, messageId: 'doorGap', data: { label: doorLabel(building, numbers[gap]!), expected: doorLabel(building, gap + 1) } });
    // The order around the building: only for doors positioned on the same map as door 1.
    const first = entries.find((e) => e.number === 1 && e.position);
    const byIndex = new Map(entries.map((e) => [e.index, e]));
    const placed = [...seen.values()].map((index) => byIndex.get(index)!).filter((e) => e.position && first && e.position.map === first.position!.map);
    if (!first || placed.length < 3) continue;
    const cx = placed.reduce((s, e) => s + e.position!.x, 0) / placed.length;
    const cy = placed.reduce((s, e) => s + e.position!.y, 0) / placed.length;
    // Screen coordinates (y down): atan2 grows clockwise as seen on the map.
    const sign = direction === 'clockwise' ? 1 : -1;
    const angle = (e: { position?: Position }) => {
      const a = sign * (Math.atan2(e.position!.y - cy, e.position!.x - cx) - Math.atan2(first.position!.y - cy, first.position!.x - cx));
      return ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    };
    const ordered = placed.sort((a, b) => a.number - b.number);
    for (let i = 1; i < ordered.length; i++) {
      if (angle(ordered[i]!) <= angle(ordered[i - 1]!)) {
        problems.push({ index: ordered[i]!.index, messageId: 'doorOrder', data: { label: doorLabel(building, ordered[i]!.number), previous: doorLabel(building, ordered[i - 1]!.number), direction } });
        break;
      }
    }
  }
  return problems;
}

/** The maps of the plan by id (maps without an id cannot hold positioned features). */
export function mapsById<M extends { id?: unknown }>(maps: readonly M[] | undefined): Map<string, { map: M; index: number }> {
  const out = new Map<string, { map: M; index: number }>();
  (maps ?? []).forEach((map, index) => {
    if (map && typeof map.id === 'string') out.set(map.id, { map, index });
  });
  return out;
}
