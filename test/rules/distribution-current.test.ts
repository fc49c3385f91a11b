import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadSource } from '../../src/plan/source.js';
import type { Plan } from '../../src/plan/types.generated.js';
import { printedHashes } from '../../src/check/printed-hash.js';
import rule from '../../src/rules/distribution-current.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// The sample's adopted 2025-26 plan; its distribution list starts at line 110, the police
// delivery's fields at line 117 (agency), its added contentHash at line 122.
const sample = readFileSync(new URL('../../plans/2025-26/bayside-elementary.yaml', import.meta.url), 'utf8');
const file = '/district/plans/2025-26/bayside-elementary.yaml';
const hashNow = (text: string, edition: 'responder' | 'full') =>
  printedHashes(loadSource(file, text).data as Plan, file, '/district', testConfig)(edition);

/** The sample with a hash added to the police delivery (after its version line). */
const withPoliceHash = (text: string, hash: string) =>
  text.replace('    version: 2025-26.1\n    date: 2026-03-16\n', `    version: 2025-26.1\n    contentHash: "${hash}"\n    date: 2026-03-16\n`);
const current = withPoliceHash(sample, hashNow(sample, 'responder'));
const edited = (text: string) => text.replace('Hold, Secure, Lockdown', 'Hold, Secure, Lockdown (revised)');
const confidentialEdit = (text: string) => text.replace(/(tacticalResponse:\n\s+text: \|\n\s+)/, '$1Changed confidential wording. ');
const base = { file, asOf: '2026-04-01' };

it('the fixtures change what they say they change', () => {
  expect(current).toContain(`contentHash: "${hashNow(sample, 'responder')}"`);
  expect(edited(current)).not.toBe(current);
  expect(confidentialEdit(current)).not.toBe(current);
  expect(hashNow(confidentialEdit(sample), 'full')).not.toBe(hashNow(sample, 'full'));
  expect(hashNow(edited(sample), 'responder')).not.toBe(hashNow(sample, 'responder'));
});

testRule(rule, {
  valid: [
    { name: 'no content hash recorded: nothing to compare', yaml: sample, ...base },
    { name: 'the recorded hash is what the responder edition prints now', yaml: current, ...base },
    { name: 'a confidential change does not touch the responder edition', yaml: confidentialEdit(current), ...base },
    {
      name: 'a new version label, once adopted, is plan-distribution\'s finding, not this one',
      yaml: current.replace('version: 2025-26.1\nsite:', 'version: 2025-26.2\nsite:'),
      ...base,
    },
    { name: 'a plan with schema errors has no edition to compare', yaml: edited(current).replace('schemaVersion: 1', 'schemaVersion: 7'), ...base },
  ],
  invalid: [
    {
      name: 'the plan changed after the delivery',
      yaml: edited(current),
      ...base,
      errors: [{ line: 122, column: 18, message: /has changed since Harbor Vista Police Department received version 2025-26.1 on March 16, 2026: the responder edition then printed content [0-9a-f]{12}, and now prints [0-9a-f]{12}/, severity: 'warning' }],
    },
    {
      name: 'a full-edition delivery is compared with the full edition',
      yaml: withPoliceHash(sample, hashNow(sample, 'full')).replace('    edition: responder\n    version: 2025-26.1\n    contentHash', '    edition: full\n    version: 2025-26.1\n    contentHash')
        .replace('Tactical responses to criminal', 'Changed confidential wording. Tactical responses to criminal'),
      ...base,
      errors: [{ line: 122, column: 18, message: 'the full edition then printed' }],
    },
  ],
});
