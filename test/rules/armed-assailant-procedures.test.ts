import rule from '../../src/rules/armed-assailant-procedures.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const KEYS = ['parentNoticeWeekOf', 'parentNoticeAfter', 'ageAppropriate', 'startAnnouncement', 'supportResources', 'noSimulatedGunfire'];
const drills = (type: string) => `drills:\n  - { type: ${type}, date: 2026-10-07, time: "10:00", conductedBy: Principal }`;
const section = (content: string, elements: Record<string, boolean> | null) =>
  [
    'sections:',
    '  armedAssailantDrills:',
    ...(content ? [`    ${content}`] : []),
    '    visibility: confidential',
    ...(elements ? ['    elements:', ...Object.entries(elements).map(([k, v]) => `      ${k}: ${v}`)] : []),
  ].join('\n');
const allTrue = Object.fromEntries(KEYS.map((k) => [k, true]));
const policy = (p: NonNullable<DistrictConfig['drillPolicy']>): DistrictConfig => ({ ...testConfig, drillPolicy: { ...testConfig.drillPolicy, ...p } });
const lockdownIsAA = policy({ lockdownAsArmedAssailant: true });
const noActors = policy({ noActorsAsAssailants: true });

testRule(rule, {
  valid: [
    { name: 'armed-assailant drill with full procedures', yaml: `${drills('armed-assailant')}\n${section('standard: armed-assailant', allTrue)}` },
    { name: 'lockdown drills only: section not needed', yaml: drills('lockdown') },
    { name: 'no drills', yaml: 'sections: {}\n' },
    { name: 'procedures at adoption, before any drill: complete', yaml: section('standard: armed-assailant', allTrue) },
    { name: 'lockdown policy with lockdown drills and full procedures', config: lockdownIsAA, yaml: `${drills('lockdown')}\n${section('text: Procedures.', allTrue)}` },
    { name: 'lockdown policy but lockdownPerYear 0 and no drills: nothing to require', config: policy({ lockdownAsArmedAssailant: true, lockdownPerYear: 0 }), yaml: 'sections: {}\n' },
    { name: 'noActors policy, confirmed', config: noActors, yaml: section('text: Procedures.', { ...allTrue, noActors: true }) },
    { name: 'actors are not checked without the district policy', yaml: section('text: Procedures.', allTrue) },
  ],
  invalid: [
    {
      name: 'procedures in the plan, no drill logged yet: checked at adoption',
      yaml: section('text: Procedures.', { ...allTrue, supportResources: false }),
      errors: [{ line: 5, column: 5, message: 'Missing: supportResources (local support resources shared afterwards)' }],
    },
    {
      name: 'lockdown policy: lockdown drills need procedures',
      config: lockdownIsAA,
      yaml: `${drills('lockdown')}\nsections: {}`,
      errors: [{ line: 3, column: 1, message: 'The drill log has armed-assailant drills' }],
    },
    {
      name: 'lockdown policy and a lockdown count: procedures needed before the first drill',
      config: lockdownIsAA,
      yaml: 'schoolYear: 2026-27\nsections: {}\n',
      errors: [{ line: 2, column: 1, message: 'District policy treats lockdown drills as armed-assailant drills' }],
    },
    {
      name: 'noActors policy, not confirmed: a separate district-policy warning',
      config: noActors,
      yaml: section('text: Procedures.', allTrue),
      errors: [{ line: 5, column: 5, message: 'District policy (drillPolicy.noActorsAsAssailants) forbids actors', severity: 'warning' }],
    },
    {
      name: 'drill but no section',
      yaml: `${drills('armed-assailant')}\nsections: {}`,
      errors: [{ line: 3, column: 1, message: 'has no procedures for them' }],
    },
    {
      name: 'simulated gunfire not ruled out: one finding naming it',
      yaml: `${drills('armed-assailant')}\n${section('text: Procedures.', { ...allTrue, noSimulatedGunfire: false })}`,
      errors: [{ line: 7, column: 5, message: 'Missing: noSimulatedGunfire (no simulated gunfire' }],
    },
    {
      name: 'no content and no elements: two findings',
      yaml: `${drills('armed-assailant')}\n${section('', null)}`,
      errors: [
        { line: 4, column: 3, message: 'has no procedures' },
        { line: 4, column: 3, message: 'parentNoticeWeekOf (parents told the week of the drill); parentNoticeAfter' },
      ],
    },
  ],
});
