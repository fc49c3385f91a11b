import { isInside, mapsById, positionOf, responderFeatures } from '../plan/responder-map.js';
import { definePlanRule } from './types.js';

// A pre-incident plan's map is read under stress: "meet me at C4" only works when the markers are
// where the features are, on a map turned the right way. cssp draws the markers from positions, so
// a position must name one of the plan's maps and fall inside it, and a map with markers must say
// which way north is. Maps drawn by hand (features painted in) still print; a warning suggests
// positioning, so the index, the grid cells and the 911 export can follow.
/** Features a plan may leave off the map: often off campus or campus-wide. */
const OFF_SITE = new Set(['hazard', 'evacuation-site', 'reunification-site']);

export default definePlanRule({
  meta: {
    id: 'map-positions',
    severity: 'error',
    citation: 'EC 32280.5 (school maps encouraged); NFPA 1620 (pre-incident planning)',
    description: 'Each positioned responder feature names one of the plan\'s maps and lies inside it; a map holding features says which way north is; features without a position, and maps without positioned features, are warnings.',
    reading: {
      kind: 'practice',
      note: 'California encourages school maps (EC 32280.5) without prescribing them; several states require gridded, oriented critical incident maps (N.J.S.A. 18A:41-7.1, Tex. Educ. Code 37.117). The checks keep the printed markers true.',
    },
    messages: {
      unknownMap: '{{label}} ({{name}}) is positioned on map `{{map}}`, which the plan does not have (maps: {{maps}}).',
      outsideMap: '{{label}} ({{name}}) is at {{x}}, {{y}}, outside map `{{map}}` ({{width}} x {{height}}).',
      noOrientation: 'Map `{{map}}` holds positioned features but does not say which way north is (`orientation`).',
      notPositioned: '{{label}} ({{name}}) has no place on a map: responders see it only in words.',
      handDrawn: 'Map `{{title}}` has no positioned features: cssp cannot draw its grid markers or index them.',
    },
  },
  check({ plan, mapSize, report }) {
    const maps = plan.responder?.maps;
    const byId = mapsById(Array.isArray(maps) ? maps : []);
    const features = responderFeatures(plan.responder as never);
    const used = new Set<string>();
    // Each map's size once: a campus map holds dozens of features.
    const sizes = new Map<string, ReturnType<typeof mapSize>>();
    const sizeOf = (id: string, file: unknown) => {
      if (!sizes.has(id)) sizes.set(id, typeof file === 'string' ? mapSize(file) : undefined);
      return sizes.get(id);
    };
    for (const f of features) {
      const p = positionOf(f.position);
      // A partial position is the schema's to report; a missing one is this rule's.
      if (f.position && !p) continue;
      if (!p) {
        // Hazards are often off campus or campus-wide, and evacuation and reunification sites off site: a
        // position is welcome, never asked for. What is on the campus map should be on it.
        if (OFF_SITE.has(f.kind)) continue;
        if (byId.size) report({ path: f.path, severity: 'warning', messageId: 'notPositioned', data: { label: f.label, name: f.name }, hint: 'Add `position: { map: <map id>, x: <across>, y: <down> }`, or place it with a click in cssp edit.' });
        continue;
      }
      const found = byId.get(p.map);
      if (!found) {
        report({ path: [...f.path, 'position', 'map'], messageId: 'unknownMap', data: { label: f.label, name: f.name, map: p.map, maps: [...byId.keys()].join(', ') || 'none with an id' }, hint: 'Give the map an `id:` under responder.maps, and name that id here.' });
        continue;
      }
      used.add(p.map);
      const size = sizeOf(p.map, found.map.file);
      if (size && !isInside(p, size)) {
        const off = p.x < 0 || p.x > size.width ? 'x' : 'y';
        report({ path: [...f.path, 'position', off], messageId: 'outsideMap', data: { label: f.label, name: f.name, x: p.x, y: p.y, map: p.map, width: size.width, height: size.height }, hint: `x runs from 0 to ${size.width} and y from 0 to ${size.height} on this map (its own units, from the top-left corner).` });
      }
    }
    for (const [id, { map, index }] of byId) {
      if (used.has(id) && typeof map.orientation !== 'number') {
        report({ path: ['responder', 'maps', index], messageId: 'noOrientation', data: { map: id }, hint: 'Add `orientation: 0` when north is up, or the degrees clockwise from true north that the top of the map faces.' });
      }
    }
    (Array.isArray(maps) ? maps : []).forEach((map, index) => {
      if (map && (typeof map.id !== 'string' || !used.has(map.id)) && map.visibility !== 'public') {
        report({ path: ['responder', 'maps', index], severity: 'warning', messageId: 'handDrawn', data: { title: String(map.title ?? map.file ?? index) }, hint: 'Give the map an `id:` and an `orientation:`, then give each shut-off, system, door and gathering place a `position:` on it.' });
      }
    });
  },
});
