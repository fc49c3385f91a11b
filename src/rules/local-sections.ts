import { suggest } from '../util/suggest.js';
import { definePlanRule } from './types.js';

// A district adds its own sections (heat illness, air quality, a local procedure) by declaring them
// in cssp.config.yaml (localSections: title, what it says, required); plans write them under
// sections.local. An undeclared name is an error (a typo would otherwise print under no heading),
// with the nearest declared name; a required one that is missing is a warning (district policy).
export default definePlanRule({
  meta: {
    id: 'local-sections',
    severity: 'error',
    citation: 'District policy (cssp.config.yaml localSections)',
    description: 'Each section under sections.local is one the district declared in localSections; a declared section marked required is in the plan (a warning).',
    reading: { kind: 'district policy', note: 'The law sets no such sections; the district declares them, and may require them.', setting: 'localSections' },
    messages: {
      undeclared: 'Section `local.{{key}}` is not one the district declared in localSections of cssp.config.yaml{{guess}}.',
      requiredMissing: 'District policy asks every plan for the section `local.{{key}}` ({{title}}), and this plan has none.',
    },
  },
  check({ plan, config, report }) {
    const declared = config?.localSections ?? {};
    const names = Object.keys(declared);
    const local = plan.sections?.local;
    const written = local && typeof local === 'object' ? Object.keys(local) : [];
    for (const key of written) {
      if (names.includes(key)) continue;
      const guess = suggest(key, names);
      report({
        path: ['sections', 'local', key],
        messageId: 'undeclared', data: { key, guess: guess ? `; did you mean \`${guess}\`?` : '' },
        hint: guess ? `Rename it \`${guess}\`, or declare \`${key}\` under localSections in cssp.config.yaml with its title.` : `Declare \`${key}\` under localSections in cssp.config.yaml with its title, or remove it.`,
      });
    }
    for (const [key, d] of Object.entries(declared)) {
      if (!d.required || written.includes(key)) continue;
      report({
        path: written.length ? ['sections', 'local'] : ['sections'],
        severity: 'warning',
        messageId: 'requiredMissing', data: { key, title: d.title },
        hint: `Add \`${key}:\` under \`sections:\` → \`local:\` with \`text:\` and a visibility.${d.says ? ` It says: ${d.says}` : ''}`,
      });
    }
  },
});
