// Placing a map on the earth: an affine transform from image coordinates to longitude and latitude,
// fitted by least squares to the plan's georeference points (three or more), and the US National
// Grid reference of a point (USNG: MGRS with its parts spaced, by the proj4js mgrs library).
import { createRequire } from 'node:module';
import type * as Mgrs from 'mgrs';

export interface GeoPoint {
  x: number;
  y: number;
  lat: number;
  lon: number;
}

export type ToEarth = (x: number, y: number) => { lon: number; lat: number };

/** The transform, or undefined when the points do not span the image (all on one line). */
export function fitAffine(points: readonly GeoPoint[]): ToEarth | undefined {
  if (points.length < 3) return undefined;
  // Normal equations for [a b c] with lon = a x + b y + c (and the same for lat).
  let sxx = 0, sxy = 0, syy = 0, sx = 0, sy = 0;
  const n = points.length;
  for (const p of points) {
    sxx += p.x * p.x; sxy += p.x * p.y; syy += p.y * p.y; sx += p.x; sy += p.y;
  }
  const m = [[sxx, sxy, sx], [sxy, syy, sy], [sx, sy, n]];
  const solve = (pick: (p: GeoPoint) => number) => {
    let rx = 0, ry = 0, r1 = 0;
    for (const p of points) {
      rx += p.x * pick(p); ry += p.y * pick(p); r1 += pick(p);
    }
    return solve3(m, [rx, ry, r1]);
  };
  const lon = solve((p) => p.lon);
  const lat = solve((p) => p.lat);
  if (!lon || !lat) return undefined;
  return (x, y) => ({ lon: lon[0]! * x + lon[1]! * y + lon[2]!, lat: lat[0]! * x + lat[1]! * y + lat[2]! });
}

/** Cramer's rule for a 3x3 system; undefined when it is singular. */
function solve3(m: number[][], r: number[]): number[] | undefined {
  const det = (a: number[][]) => a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) - a[0]![1]! * (a[1]![0]! * a[2]![2]! - a[1]![2]! * a[2]![0]!) + a[0]![2]! * (a[1]![0]! * a[2]![1]! - a[1]![1]! * a[2]![0]!);
  const d = det(m);
  if (Math.abs(d) < 1e-12) return undefined;
  return [0, 1, 2].map((col) => det(m.map((row, i) => row.map((v, j) => (j === col ? r[i]! : v)))) / d);
}

// Loaded on the first USNG reference, not with the edition module: `cssp check` builds editions
// (for their content hash) and never needs it. The package is CommonJS.
let mgrsLib: typeof Mgrs | undefined;
const mgrs = (): typeof Mgrs => (mgrsLib ??= createRequire(import.meta.url)('mgrs') as typeof Mgrs);

/** "11S KU 52780 12008": the USNG reference of a point to one metre. */
export function usng(lon: number, lat: number): string | undefined {
  try {
    const m = /^(\d{1,2}[C-X])([A-Z]{2})(\d{5})(\d{5})$/.exec(mgrs().forward([lon, lat], 5));
    return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]}` : undefined;
  } catch {
    return undefined; // the poles: no USNG there
  }
}
