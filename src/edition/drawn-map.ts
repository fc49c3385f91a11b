// What cssp draws over a responder map: the grid with its letters and numbers, a marker and label
// for every feature positioned on the map, a north arrow from its orientation, and the index of
// features by type with their cells. Pure numbers for the template: the cell of each marker is
// computed once (plan/responder-map.ts), the same for the drawing, the index and the export.
import { cellOf, responderFeatures, type Feature, type Grid, type Size } from '../plan/responder-map.js';
import { positionOf } from '../plan/responder-map.js';

export interface DrawnMap {
  /** The map's id in the plan. */
  id: string;
  width: number;
  height: number;
  /** The drawing's viewBox: the image with a margin for the grid's labels. */
  viewBox: string;
  lines: { x1: number; y1: number; x2: number; y2: number }[];
  /** The grid lines as one SVG path (one element to print, not one per line). */
  gridPath: string;
  labels: { x: number; y: number; text: string }[];
  /**
   * Each marker, its label's baseline and the white plate behind the label: a plate keeps the label
   * readable on a dark map and prints as one shape, where a stroked halo printed every label twice.
   * All plates are drawn first, then the markers, then the labels, so no plate hides a marker.
   */
  markers: { x: number; y: number; label: string; labelX: number; labelY: number; plate: { x: number; y: number; width: number; height: number } }[];
  /** The north arrow's rotation (degrees, as SVG rotates) and place. */
  north: { x: number; y: number; rotate: number; points: string; labelY: number } | undefined;
  radius: number;
  fontSize: number;
  index: IndexEntry[];
}

export interface IndexEntry {
  name: string;
  label: string;
  cell: string;
  where: string;
}

function northArrow(x: number, y: number, rotate: number, size: number, fontSize: number): NonNullable<DrawnMap['north']> {
  const r = (n: number) => Math.round(n * 10) / 10;
  return { x, y, rotate, points: `0,${r(-size)} ${r(size * 0.45)},${r(size * 0.4)} 0,${r(size * 0.1)} ${r(-size * 0.45)},${r(size * 0.4)}`, labelY: r(-size - fontSize * 0.4) };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The plate behind a label in bold capitals and digits: a little wider than the text (about
 * 0.62em a character in the print font's bold), from just above the capitals to below the baseline.
 */
function labelPlate(label: string, x: number, baseline: number, fontSize: number) {
  const pad = fontSize * 0.15;
  return { x: round(x - pad), y: round(baseline - fontSize * 0.85), width: round(label.length * fontSize * 0.62 + pad * 2), height: round(fontSize * 1.1) };
}

export function drawnMap(mapId: string, orientation: number | undefined, size: Size, grid: Grid, responder: unknown): DrawnMap {
  const { width, height } = size;
  const margin = Math.max(width, height) * 0.04;
  const fontSize = Math.max(width, height) / 60;
  const radius = Math.max(width, height) / 90;
  const lines: DrawnMap['lines'] = [];
  const labels: DrawnMap['labels'] = [];
  for (let c = 0; c <= grid.columns; c++) {
    const x = (c * width) / grid.columns;
    lines.push({ x1: x, y1: 0, x2: x, y2: height });
    if (c < grid.columns) labels.push({ x: x + width / grid.columns / 2, y: -margin / 3, text: String.fromCharCode(65 + c) });
  }
  for (let r = 0; r <= grid.rows; r++) {
    const y = (r * height) / grid.rows;
    lines.push({ x1: 0, y1: y, x2: width, y2: y });
    if (r < grid.rows) labels.push({ x: -margin / 2, y: y + height / grid.rows / 2 + fontSize / 3, text: String(r + 1) });
  }
  const placed = responderFeatures(responder as never)
    .map((f) => ({ f, p: positionOf(f.position) }))
    .filter((x): x is { f: Feature; p: NonNullable<typeof x.p> } => x.p !== undefined && x.p.map === mapId);
  const markers = placed.map(({ f, p }) => {
    const labelX = p.x + radius * 1.3;
    const labelY = p.y - radius * 1.1;
    return { x: p.x, y: p.y, label: f.label, labelX, labelY, plate: labelPlate(f.label, labelX, labelY, fontSize) };
  });
  const index = placed
    .map(({ f, p }) => ({ name: f.name, label: f.label, cell: cellOf(p.x, p.y, size, grid), where: f.where }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.label.localeCompare(b.label, 'en', { numeric: true }));
  return {
    id: mapId, width, height, viewBox: `${-margin} ${-margin} ${width + margin * 2} ${height + margin * 2}`,
    lines, gridPath: lines.map((l) => `M${round(l.x1)} ${round(l.y1)}L${round(l.x2)} ${round(l.y2)}`).join(''), labels, markers, radius, fontSize, index,
    // The arrow points to true north: up, turned back by the map's orientation.
    north: orientation === undefined ? undefined : northArrow(width - margin * 1.5, margin * 2.5, -orientation, radius * 3, fontSize),
  };
}
