// The district's own sections: declared in cssp.config.yaml, written under sections.local.
import rule from '../../src/rules/local-sections.js';
import { editionView } from '../../src/edition/edition.js';
import { publicTexts } from '../../src/plan/public-text.js';
import type { Plan } from '../../src/plan/types.generated.js';
import { parseText } from '../../src/plan/source.js';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const config = { ...testConfig, localSections: { heatIllness: { title: 'Heat illness prevention', required: true }, airQuality: { title: 'Wildfire smoke and air quality' } } };
const plan = (local: string) => `schoolYear: 2026-27\nsections:\n  local:\n${local}`;

testRule(rule, {
  valid: [
    { name: 'a declared section', config, yaml: plan('    heatIllness: { text: "Shade and water breaks above 90 F.", visibility: public }\n') },
    { name: 'no district sections declared, none written', yaml: 'schoolYear: 2026-27\nsections: {}\n' },
  ],
  invalid: [
    {
      name: 'a near miss of a declared name',
      config,
      yaml: plan('    heatIllness: { text: x, visibility: public }\n    airQuallity: { text: x, visibility: public }\n'),
      errors: [{ line: 5, column: 5, message: 'Section `local.airQuallity` is not one the district declared in localSections of cssp.config.yaml; did you mean `airQuality`?' }],
    },
    {
      name: 'a required section missing: a warning',
      config,
      yaml: plan('    airQuality: { text: x, visibility: public }\n'),
      errors: [{ line: 3, column: 3, severity: 'warning', message: 'District policy asks every plan for the section `local.heatIllness` (Heat illness prevention)' }],
    },
  ],
});

describe('district sections in print', () => {
  const data = parseText(['schoolYear: 2026-27', 'site: { id: a, name: A, level: elementary, grades: K-5 }', 'committee: { authoringBody: schoolsite-council, members: [] }', 'responder: {}', 'drills: []', 'sections:', '  earthquake: { text: Drop cover hold, visibility: public }', '  local:',
    '    heatIllness: { text: "Call (805) 555-0199 for the nurse.", visibility: public }', '    airQuality: { text: "Tactical note.", visibility: confidential }'].join('\n')).data as Plan;
  const inputs = { plan: data, publicLines: [], standardText: () => undefined, mapImage: () => ({ src: undefined }), localTitles: { heatIllness: 'Heat illness prevention', airQuality: 'Wildfire smoke and air quality' } };

  it('print after the statutory sections, under the title the district declared, withheld by visibility like any other', () => {
    const full = editionView('full', inputs).sections.map((s) => [s.key, s.title, s.withheld ?? false]);
    expect(full).toEqual([['earthquake', 'Earthquake emergency procedure system', false], ['local.heatIllness', 'Heat illness prevention', false], ['local.airQuality', 'Wildfire smoke and air quality', false]]);
    const pub = editionView('public', inputs).sections.find((s) => s.key === 'local.airQuality');
    expect(pub).toMatchObject({ withheld: true, markdown: [] });
  });

  it('are public text that the public-edition checks read', () => {
    expect(publicTexts(data).map((t) => t.path.join('.'))).toEqual(['sections.earthquake.text', 'sections.local.heatIllness.text']);
  });
});
