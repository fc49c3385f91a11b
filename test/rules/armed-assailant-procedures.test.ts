import rule from '../../src/rules/armed-assailant-procedures.js';
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

testRule(rule, {
  valid: [
    { name: 'armed-assailant drill with full procedures', yaml: `${drills('armed-assailant')}\n${section('standard: armed-assailant', allTrue)}` },
    { name: 'lockdown drills only: section not needed', yaml: drills('lockdown') },
    { name: 'no drills', yaml: 'sections: {}\n' },
  ],
  invalid: [
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
