import { everySection } from '../plan/sections.js';
import { definePlanRule } from './types.js';

// A section that points at a missing standard, or a map that is not there, prints as a blank page
// in the binder responders carry.
export default definePlanRule({
  meta: {
    id: 'referenced-files',
    severity: 'warning',
    citation: 'EC 32281(b)(3); EC 32282(a)',
    description: 'Every district standard a section names exists in standards/, and every map image exists beside the plan.',
    reading: { kind: 'practice', note: 'A plan that names a district standard or map that is missing would print without it.' },
    messages: {
      standardNotFound: 'District standard `{{name}}` not found: expected standards/{{name}}.md in the district folder.',
      mapNotFound: 'Map image `{{file}}` not found beside the plan.',
    },
  },
  check({ plan, exists, report }) {
    for (const { path, section } of everySection(plan.sections)) {
      const name = section.standard;
      if (typeof name !== 'string' || exists(`standards/${name}.md`, 'root')) continue;
      report({
        path: [...path, 'standard'],
        messageId: 'standardNotFound', data: { name },
        hint: 'Check the spelling against the files in standards/, or write the section in `text:` instead.',
      });
    }
    const maps = Array.isArray(plan.responder?.maps) ? plan.responder.maps : [];
    maps.forEach((map, i) => {
      if (typeof map?.file !== 'string' || exists(map.file, 'plan')) return;
      report({
        path: ['responder', 'maps', i, 'file'],
        messageId: 'mapNotFound', data: { file: map.file },
        hint: "Put the image in the plan's folder (paths are relative to the plan file), or correct the path.",
      });
    });
  },
});
