// Every sample site's responder edition draws the grid over its map, a marker at each positioned
// feature, and an index whose cells are where the markers are: the expected cell is computed here
// from the plan's position and the map's size, not read back from what cssp printed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runRender } from '../../src/commands/render.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';

type Pos = { map: string; x: number; y: number };
const root = copySample();
const sites = readdirSync(join(root, '2026-27')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));

/** Every position in the responder packet, wherever it is. */
function positions(value: unknown, out: Pos[] = []): Pos[] {
  if (Array.isArray(value)) value.forEach((v) => positions(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'position') out.push(v as Pos);
      else positions(v, out);
    }
  }
  return out;
}

describe.each(sites)('the responder map of %s', (site) => {
  it('has its grid, a marker at every positioned feature, and an index whose cells match the markers', async () => {
    const io = memoryIo(root);
    await runRender(`2026-27/${site}.yaml`, { edition: 'responder', html: true, output: `${site}.html` }, io);
    const html = readFileSync(join(root, `${site}.html`), 'utf8');
    const plan = parse(readFileSync(join(root, `2026-27/${site}.yaml`), 'utf8')) as { responder: { maps: { file: string }[] } };
    const svg = readFileSync(join(root, '2026-27', plan.responder.maps[0]!.file), 'utf8');
    const [, , , w, h] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
    const placed = positions(plan.responder);
    expect(placed.length).toBeGreaterThan(8);
    // Grid letters A-H and rows 1-6 (the default grid).
    for (const label of ['A', 'H', '1', '6']) expect(html).toMatch(new RegExp(`<text x="[\\d.-]+" y="[\\d.-]+"(?: text-anchor="middle")?>${label}</text>`));
    const expectedCells = placed.map((p) => `${String.fromCharCode(65 + Math.min(7, Math.floor((p.x / w!) * 8)))}${Math.min(6, Math.floor((p.y / h!) * 6) + 1)}`);
    const circles = [...html.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => `${m[1]},${m[2]}`);
    for (const p of placed) expect(circles).toContain(`${p.x},${p.y}`);
    const cells = [...html.matchAll(/<td class="strong nowrap">([^<]+)<\/td><td class="strong">([A-Z]\d+)<\/td>/g)].map((m) => m[2]!);
    expect(cells.sort()).toEqual([...expectedCells].sort());
  });
});

describe('the public edition', () => {
  it('draws no markers: responder features stay in the responder edition', async () => {
    const io = memoryIo(root);
    await runRender('2026-27/bayside-elementary.yaml', { edition: 'public', html: true, output: 'public.html' }, io);
    const html = readFileSync(join(root, 'public.html'), 'utf8');
    expect(html).not.toContain('<circle');
    expect(html).not.toContain('<table class="grid feature-index"');
  });
});
