// A district rule: the public lines printed under "Contact the district" say what they are.
import { describe, expect, it } from 'vitest';
import { checkDistrict } from '../../src/check/district.js';
import { loadSource } from '../../src/plan/source.js';
import rule from '../../src/rules/public-contact-labels.js';
import publicContactDetails from '../../src/rules/public-contact-details.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const configText = (contacts: string) => `schemaVersion: 1
district: { name: Test USD, cdsCode: 99-99999 }
calendars: {}
sites: []
publicContacts:
${contacts}`;

function run(contacts: string) {
  const configSource = loadSource('/d/cssp.config.yaml', configText(contacts));
  return checkDistrict({ config: configSource.data as never, configSource, plans: [], sourceOf: () => loadSource('x', ''), asOf: '2026-11-23', rules: [rule] })
    .map((d) => [d.line, d.column, d.messageId, d.severity]);
}

describe('public-contact-labels', () => {
  it('is quiet when every line and inbox has a label', () => {
    expect(run('  phones:\n    - { number: (805) 555-0100, label: Safety Dispatch }\n  emails:\n    - { address: a@b.example, label: Safe Schools }\n')).toEqual([]);
  });

  it('flags each bare number and address at its line (info: the unlabelled form still works)', () => {
    expect(run('  phones:\n    - { number: (805) 555-0100, label: Safety Dispatch }\n    - (805) 555-0105   # District Office\n  emails:\n    - a@b.example\n')).toEqual([
      [8, 7, 'unlabelledPhone', 'info'],
      [10, 7, 'unlabelledEmail', 'info'],
    ]);
  });
});

// A labelled line is as allowed in public text as a bare one.
testRule(publicContactDetails, {
  valid: [{
    name: 'a labelled office line and inbox',
    yaml: 'sections:\n  safetyStrategies:\n    text: "Call (805) 555-0100 or write to safety@harborvista.example."\n    visibility: public\n',
    config: { ...testConfig, publicContacts: { phones: [{ number: '805-555-0100', label: 'Dispatch' }], emails: [{ address: 'Safety@HarborVista.example', label: 'Safe Schools' }] } },
  }],
  invalid: [],
});
