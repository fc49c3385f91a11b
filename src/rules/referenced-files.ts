import { everySection } from '../plan/sections.js';
import { definePlanRule } from './types.js';

// A section that points at a missing standard, or a map that is not there, prints as a blank page
// in the binder responders carry. A map path is written by whoever edits the plan (a pull request
// anyone in the district can open): one that leads out of the district folder (`../../secret.svg`,
// an absolute path, a link to /etc/passwd) would print another file's content, so it is an error.
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
      mapOutside: 'Map image `{{file}}` leads outside the district folder (by its path or a link), so cssp will not read or print it.',
      mapNotAFile: 'Map image `{{file}}` is not a regular file (a folder, device or pipe), so cssp will not read or print it.',
    },
  },
  check({ plan, exists, fileStatus, report }) {
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
      if (typeof map?.file !== 'string') return;
      const status = fileStatus(map.file, 'plan');
      if (status === 'ok') return;
      const path = ['responder', 'maps', i, 'file'];
      if (status === 'missing') {
        report({ path, messageId: 'mapNotFound', data: { file: map.file }, hint: "Put the image in the plan's folder (paths are relative to the plan file), or correct the path." });
        return;
      }
      report({
        path, severity: 'error',
        messageId: status === 'outside' ? 'mapOutside' : 'mapNotAFile', data: { file: map.file },
        hint: "Copy the image into the plan's maps/ folder and name it there, for example file: maps/campus.svg.",
      });
    });
  },
});
