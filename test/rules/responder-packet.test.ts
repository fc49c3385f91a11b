import rule from '../../src/rules/responder-packet.js';
import { testRule } from '../helpers/rule-tester.js';

const parts = {
  utilities: ['  utilities:', ...['gas', 'water', 'electric', 'fire-alarm-panel'].map((k) => `    - { kind: ${k}, location: Building A }`)],
  assemblyAreas: ['  assemblyAreas:', '    - { name: North Field, location: North of Building C }'],
  reunificationSites: ['  reunificationSites:', '    - { name: Civic Center, location: 100 Main St }'],
  contacts: ['  contacts:', '    - { name: Office, role: Front office, phone: 555-0100 }', '    - { name: District Police, role: Dispatch, phone: 555-0199, available24x7: true }'],
  evacuationAssistance: ['  evacuationAssistance:', '    pupils: 3', '    staff: 0'],
};
type Part = keyof typeof parts;
const packet = (replace: Partial<Record<Part, string[]>> = {}) =>
  ['responder:', ...(Object.keys(parts) as Part[]).flatMap((k) => replace[k] ?? parts[k])].join('\n');

testRule(rule, {
  valid: [{ name: 'a complete packet', yaml: packet() }],
  invalid: [
    {
      name: 'no gas and no fire alarm panel',
      yaml: packet({ utilities: ['  utilities:', '    - { kind: water, location: A }', '    - { kind: electric, location: B }', '    - { kind: aed, location: C }'] }),
      errors: [
        { line: 2, column: 3, message: 'where the gas shut-off is' },
        { line: 2, column: 3, message: 'where the fire alarm panel is' },
      ],
    },
    {
      name: 'no assembly area (empty list)',
      yaml: packet({ assemblyAreas: ['  assemblyAreas: []'] }),
      errors: [{ line: 7, column: 3, message: 'No on-site assembly area' }],
    },
    {
      name: 'no reunification site: reported on responder:',
      yaml: packet({ reunificationSites: [] }),
      errors: [{ line: 1, column: 1, message: 'No reunification site' }],
    },
    {
      name: 'no 24/7 contact',
      yaml: packet({ contacts: parts.contacts.slice(0, 2) }),
      errors: [{ line: 11, column: 3, message: 'answered 24/7' }],
    },
    {
      name: 'evacuation counts incomplete',
      yaml: packet({ evacuationAssistance: ['  evacuationAssistance:', '    pupils: 3'] }),
      errors: [{ line: 14, column: 3, message: 'how many pupils and staff need help to evacuate' }],
    },
    {
      name: 'no responder packet at all: one finding per element, at the top',
      yaml: 'schoolYear: 2026-27\n',
      errors: Array.from({ length: 8 }, () => ({ line: 1, column: 1 })),
    },
  ],
});
