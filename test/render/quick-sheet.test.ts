// Page 1 of the responder edition is the quick sheet, one page, for every sample site and for a
// crowded campus (4 buildings, 3 maps, 40 positioned features): page 2 is already the cover.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRender } from '../../src/commands/render.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';
import { PDF_SKIP_REASON, pdfText } from '../helpers/pdf-tools.js';
import { renderPlan } from '../helpers/render-plan.js';
import { renderDistrict } from '../helpers/render-district.js';

const firstPages = async (root: string, plan: string) => {
  await runRender(plan, { edition: 'responder', output: 'x.pdf' }, memoryIo(root));
  return [pdfText(join(root, 'x.pdf'), 1), pdfText(join(root, 'x.pdf'), 2)];
};

describe.skipIf(PDF_SKIP_REASON !== undefined)('the quick sheet', () => {
  const root = copySample();
  const sites = readdirSync(join(root, '2026-27')).filter((f) => f.endsWith('.yaml'));

  it.each(sites)('%s: one page, then the cover', async (site) => {
    const [one, two] = await firstPages(root, `2026-27/${site}`);
    expect(one).toContain('Quick sheet');
    expect(one).toMatch(/Shut-offs[\s\S]*G1/);
    expect(one).toMatch(/24\/7:/);
    expect(two).not.toContain('Quick sheet');
    expect(two).toContain('Comprehensive School Safety Plan 2026-27');
  }, 60_000);

  it('gives the campus its US National Grid reference where its map is placed on the earth', async () => {
    const [one] = await firstPages(root, '2026-27/bayside-elementary.yaml');
    expect(one).toMatch(/USNG 11S KU \d{5} \d{5}/);
    const [other] = await firstPages(root, '2026-27/seacliff-k8.yaml');
    expect(other).not.toContain('USNG');
  }, 60_000);

  it('a crowded campus (4 buildings, 3 maps, 40 positioned features) still takes one page', async () => {
    const base = renderPlan();
    const maps = ['campus', 'building-a', 'building-b'].map((id) => ({ id, title: `Map ${id}`, file: `maps/${id}.svg`, orientation: 0, verified: { date: '2026-08-01' } }));
    const kinds = ['gas', 'water', 'electric', 'fire-alarm-panel', 'sprinkler-riser', 'fire-department-connection', 'knox-box', 'aed', 'trauma-kit', 'naloxone', 'hydrant', 'generator'] as const;
    const utilities = Array.from({ length: 30 }, (_, i) => ({ kind: kinds[i % kinds.length]!, location: `Room ${i + 100}, a long description of where it is found at night`, position: { map: maps[i % 3]!.id, x: 50 + (i * 29) % 900, y: 40 + (i * 17) % 560 } }));
    const buildings = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Building ${id.toUpperCase()}`, construction: 'Type V-B', stories: 2, sprinklered: true }));
    const doors = Array.from({ length: 10 }, (_, i) => ({ building: buildings[i % 4]!.id, number: Math.floor(i / 4) + 1, position: { map: 'campus', x: 100 + i * 70, y: 300 } }));
    const plan = renderPlan({ responder: { ...base.responder, maps, utilities, buildings, doors, hazards: Array.from({ length: 8 }, (_, i) => ({ kind: `Hazard ${i}`, location: 'Somewhere', position: { map: 'campus', x: 10 + i, y: 10 } })) } });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 640"><rect width="1000" height="640" fill="#eee"/></svg>';
    const dir = renderDistrict(plan, Object.fromEntries(maps.map((m) => [`2026-27/${m.file}`, svg])));
    const [one, two] = await firstPages(dir, '2026-27/alpha.yaml');
    expect(one).toContain('Quick sheet');
    expect(one).toMatch(/more in the packet/);
    expect(two).not.toMatch(/Quick sheet|more in the packet/);
  }, 60_000);
});
