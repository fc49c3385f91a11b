import rule from '../../src/rules/plan-distribution.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// One delivery: type, edition, date, version (omitted when '').
const to = (type: string, edition = 'responder', date = '2027-02-12', version = '2026-27.1') =>
  `  - { agency: ${type} agency, type: ${type}, edition: ${edition}, ${version ? `version: ${version}, ` : ''}date: ${date} }`;
const plan = (version: string | undefined, ...entries: string[]) =>
  ['schoolYear: 2026-27', version ? `version: ${version}` : '# no version', 'adoption:', '  date: 2027-02-10', 'distribution:', ...entries].join('\n');
const all = [to('law-enforcement'), to('fire', 'full'), to('ems')];
const emsRequired: DistrictConfig = { ...testConfig, requiredAgencies: ['law-enforcement', 'fire', 'ems'] };
// The same plan with consultations first (lines 5-7 when given), so distribution: moves down.
const consulted = (types: string[], ...entries: string[]) =>
  ['schoolYear: 2026-27', 'version: 2026-27.1', 'adoption:', '  date: 2027-02-10', 'consultations:',
    ...types.map((t) => `  - { agency: ${t} agency, type: ${t}, date: 2026-11-01 }`), 'distribution:', ...entries].join('\n');

testRule(rule, {
  valid: [
    { name: 'all three got the current version after adoption', yaml: plan('2026-27.1', ...all) },
    { name: 'delivered on the adoption date', yaml: plan('2026-27.1', to('law-enforcement', 'responder', '2027-02-10'), to('fire'), to('ems')) },
    { name: 'no plan version: any version counts', yaml: plan(undefined, to('law-enforcement', 'full', '2027-02-12', ''), to('fire', 'full', '2027-02-12', '2026-27.0'), to('ems')) },
    { name: 'an old public copy does not matter when a good one exists', yaml: plan('2026-27.1', to('fire', 'public'), ...all) },
    { name: 'every agency consulted got the plan, a county OES among them', yaml: consulted(['law-enforcement', 'other'], ...all, to('other')) },
    { name: 'agency names match whatever their case and spacing', yaml: consulted(['fire'], to('law-enforcement'), '  - { agency: FIRE  Agency, type: fire, edition: full, version: 2026-27.1, date: 2027-02-12 }', to('ems')) },
    { name: 'not adopted yet: nothing to distribute', yaml: 'schoolYear: 2026-27\ndistribution: []\n', asOf: '2027-05-01' },
  ],
  invalid: [
    {
      name: 'no EMS delivery, EMS not consulted: a warning by default',
      yaml: plan('2026-27.1', to('law-enforcement'), to('fire')),
      errors: [{ line: 5, column: 1, message: 'shared with emergency medical services (EMS)', severity: 'warning' }],
    },
    {
      name: 'no EMS delivery, the district lists EMS in requiredAgencies: an error',
      config: emsRequired,
      yaml: plan('2026-27.1', to('law-enforcement'), to('fire')),
      errors: [{ line: 5, column: 1, message: 'the district lists EMS in requiredAgencies', severity: 'error' }],
    },
    {
      name: 'no EMS delivery, but EMS was consulted: an error (share with every agency consulted)',
      yaml: consulted(['law-enforcement', 'fire', 'ems'], to('law-enforcement'), to('fire')),
      errors: [{ line: 9, column: 1, message: 'with the first responders that were consulted', severity: 'error' }],
    },
    {
      name: 'a consulted agency of type other that never got the plan: an error',
      yaml: consulted(['other'], ...all),
      errors: [{ line: 7, column: 1, message: 'other agency was consulted while the plan was written, and no record shows it received', severity: 'error' }],
    },
    {
      name: 'a second police agency consulted but not sent the plan',
      yaml: consulted(['law-enforcement'], ...all).replace('law-enforcement agency, type: law-enforcement, date', 'County Sheriff, type: law-enforcement, date'),
      errors: [{ line: 7, column: 1, message: 'County Sheriff was consulted' }],
    },
    {
      name: 'no distribution at all: three findings at the top of the file',
      yaml: 'schoolYear: 2026-27\nadoption:\n  date: 2027-02-10\n',
      errors: [
        { line: 1, column: 1, message: 'law enforcement' },
        { line: 1, column: 1, message: 'the fire department' },
        { line: 1, column: 1, message: 'EMS' },
      ],
    },
    {
      name: 'fire got the public edition',
      yaml: plan('2026-27.1', to('law-enforcement'), to('fire', 'public'), to('ems')),
      errors: [{ line: 7, column: 5, message: 'public edition' }],
    },
    {
      name: 'police got an older version: says so',
      yaml: plan('2026-27.2', to('law-enforcement'), to('fire', 'full', '2027-02-12', '2026-27.2'), to('ems', 'responder', '2027-02-12', '2026-27.2')),
      errors: [{ line: 6, column: 5, message: 'it was version 2026-27.1, and the plan is now version 2026-27.2' }],
    },
    {
      name: 'no version on the delivery while the plan has one',
      yaml: plan('2026-27.1', to('law-enforcement', 'responder', '2027-02-12', ''), to('fire'), to('ems')),
      errors: [{ line: 6, column: 5, message: 'version (not given)' }],
    },
    {
      name: 'delivered before adoption (last year\'s plan): the latest delivery is named',
      yaml: plan(undefined, to('law-enforcement'), to('fire'), to('ems', 'responder', '2026-03-01'), to('ems', 'responder', '2027-02-01')),
      errors: [{ line: 9, column: 5, message: 'delivered on February 1, 2027, before this plan was adopted on February 10, 2027' }],
    },
  ],
});
