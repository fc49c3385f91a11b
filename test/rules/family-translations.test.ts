import rule from '../../src/rules/family-translations.js';
import { sourceHash } from '../../src/edition/family.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const LOCKDOWN = 'Do not come to the school during a lockdown.';
const REUNION = 'Pick up at the library. Bring a photo ID.';
const yaml = `schoolYear: 2026-27
site:
  id: test-elementary
family:
  lockdown: ${LOCKDOWN}
  reunification: ${REUNION}
`;
const config = (languages: Record<string, number>) => ({ ...testConfig, sites: testConfig.sites.map((s) => (s.id === 'test-elementary' ? { ...s, languages } : s)) });
const es = (units: Record<string, [string, string]>) => ({ es: { language: 'es', units: Object.fromEntries(Object.entries(units).map(([id, [english, text]]) => [id, { sourceHash: sourceHash(english), text }])) } });
const both = { 'family.lockdown': [LOCKDOWN, 'No venga a la escuela.'], 'family.reunification': [REUNION, 'Recoja en la biblioteca.'] } as Record<string, [string, string]>;

testRule(rule, {
  valid: [
    { name: 'no language reaches 15%', yaml, config: config({ es: 14.9, vi: 3 }) },
    { name: 'a current translation in each language at 15% or more', yaml, config: config({ es: 15 }), translations: es(both) },
    { name: 'a school year that has ended', yaml: yaml.replace('2026-27', '2025-26'), config: config({ es: 38.4 }), asOf: '2026-11-23' },
    { name: 'no family block and no district strings: only cssp\'s catalog prints', yaml: 'site:\n  id: test-elementary\n', config: { ...config({ es: 40 }), publicContacts: undefined, familyAlerts: undefined } },
  ],
  invalid: [
    { name: 'no translation at all', yaml, config: config({ es: 38.4 }), errors: [{ line: 4, column: 1, message: '38.4% of the school\'s pupils speak Spanish (es): the family edition needs a translation into it, and there is none (EC 48985).', severity: 'warning' }] },
    {
      name: 'one English sentence changed since it was translated: exactly that string is stale',
      yaml, config: config({ es: 38.4 }), translations: es({ ...both, 'family.reunification': ['Pick up at the library.', 'Recoja en la biblioteca.'] }),
      errors: [{ line: 4, column: 1, message: 'stale for 1 strings whose English changed (family.reunification)' }],
    },
    { name: 'a string never translated', yaml, config: config({ es: 38.4 }), translations: es({ 'family.lockdown': both['family.lockdown']! }), errors: [{ line: 4, column: 1, message: 'lacks 1 of its strings (family.reunification)' }] },
  ],
});
