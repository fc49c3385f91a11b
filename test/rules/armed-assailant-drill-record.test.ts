import rule from '../../src/rules/armed-assailant-drill-record.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// Layout: the drill map starts at line 3, column 5; `armedAssailant:` is line 7, column 5, and its
// fields follow from line 8 in this order, each value at column 7 + key length + 2.
const GOOD: Record<string, string> = {
  parentNoticeBefore: '2026-10-05',
  parentNoticeAfter: '2026-10-07',
  startAnnouncement: 'true',
  ageAppropriate: 'true',
  supportResources: 'true',
  simulatedGunfire: 'false',
};
const plan = (fields: Record<string, string | undefined> | null, date = '2026-10-07') =>
  [
    'schoolYear: 2026-27',
    'drills:',
    '  - type: armed-assailant',
    `    date: ${date}`,
    "    time: '10:00'",
    '    conductedBy: Principal Lee',
    ...(fields === null ? [] : ['    armedAssailant:', ...Object.entries({ ...GOOD, ...fields }).filter(([, v]) => v !== undefined).map(([k, v]) => `      ${k}: ${v}`)]),
  ].join('\n');

const policy = (p: NonNullable<DistrictConfig['drillPolicy']>): DistrictConfig => ({ ...testConfig, drillPolicy: { ...testConfig.drillPolicy, ...p } });
const lockdownIsAA = policy({ lockdownAsArmedAssailant: true });
const asLockdown = (yaml: string) => yaml.replace('type: armed-assailant', 'type: lockdown');

testRule(rule, {
  valid: [
    { name: 'a lockdown drill without a record: not an armed-assailant drill by default', yaml: asLockdown(plan(null)) },
    { name: 'lockdown policy: a lockdown drill with a complete record', config: lockdownIsAA, yaml: asLockdown(plan({})) },
    { name: 'a 10-day notice window set by the district', config: policy({ armedAssailantNoticeWeek: 'days-before', armedAssailantNoticeDays: 10 }), yaml: plan({ parentNoticeBefore: '2026-09-27' }) },
    // The default reading of "the week of the drill": the same Monday-to-Sunday week (the drill is on Wednesday, October 7).
    { name: 'notice on the Monday of the drill\'s week', yaml: plan({ parentNoticeBefore: '2026-10-05' }) },
    { name: 'a complete AB 1858 record', yaml: plan({}) },
    { name: 'notice exactly 7 days ahead, where the district reads the week as 7 days', config: policy({ armedAssailantNoticeWeek: 'days-before' }), yaml: plan({ parentNoticeBefore: '2026-09-30' }) },
    { name: 'notice the same day, before the drill', yaml: plan({ parentNoticeBefore: '2026-10-07' }) },
    { name: 'a drill before AB 1858 took effect', yaml: plan(null, '2024-11-05') },
    { name: 'lockdown drills need no AB 1858 record', yaml: 'drills:\n  - { type: lockdown, date: 2026-10-07, time: "10:00", conductedBy: Principal Lee }\n' },
  ],
  invalid: [
    {
      name: 'lockdown policy: a lockdown drill without a record is reported as an armed-assailant drill',
      config: lockdownIsAA,
      yaml: asLockdown(plan(null)),
      errors: [{ line: 3, column: 5, message: 'The lockdown drill (an armed-assailant drill under district policy) on 2026-10-07 has no armedAssailant record' }],
    },
    {
      name: 'the week of the drill as days: 8 days is outside the default 7',
      config: policy({ armedAssailantNoticeWeek: 'days-before' }),
      yaml: plan({ parentNoticeBefore: '2026-09-29' }),
      errors: [{ line: 8, column: 27, message: 'the district reads that as up to 7 days before; drillPolicy.armedAssailantNoticeDays' }],
    },
    {
      name: 'by default, notice on the Sunday before the drill\'s week is in an earlier week',
      yaml: plan({ parentNoticeBefore: '2026-10-04' }),
      errors: [{ line: 8, column: 27, message: 'in an earlier week than the drill. AB 1858 requires notice the week of the drill (cssp reads that as the same Monday-to-Sunday week' }],
    },
    {
      name: 'by default, 7 days ahead is the week before',
      yaml: plan({ parentNoticeBefore: '2026-09-30' }),
      errors: [{ line: 8, column: 27, message: 'in an earlier week than the drill' }],
    },
    {
      name: 'a district that reads the week as 3 days',
      config: policy({ armedAssailantNoticeWeek: 'days-before', armedAssailantNoticeDays: 3 }),
      yaml: plan({ parentNoticeBefore: '2026-10-03' }),
      errors: [{ line: 8, column: 27, message: '4 days before the drill' }],
    },
    {
      name: 'no armedAssailant block: reported at the drill',
      yaml: plan(null),
      errors: [{ line: 3, column: 5, severity: 'error', message: 'The armed-assailant drill on 2026-10-07 has no armedAssailant record' }],
    },
    {
      name: 'parents told after the drill',
      yaml: plan({ parentNoticeBefore: '2026-10-08' }),
      errors: [{ line: 8, column: 27, message: 'parents were told on 2026-10-08, after the drill.' }],
    },
    {
      name: 'parents told too early',
      yaml: plan({ parentNoticeBefore: '2026-09-20' }),
      errors: [{ line: 8, column: 27, message: 'parents were told on 2026-09-20, in an earlier week than the drill' }],
    },
    {
      name: 'no notice before: reported at armedAssailant',
      yaml: plan({ parentNoticeBefore: undefined }),
      errors: [{ line: 7, column: 5, message: '(parentNoticeBefore)' }],
    },
    {
      name: 'after-notice the next day',
      yaml: plan({ parentNoticeAfter: '2026-10-08' }),
      errors: [{ line: 9, column: 26, message: 'on 2026-10-08, 1 day(s) after the drill. AB 1858 requires notice after the drill on the same day.' }],
    },
    {
      name: 'after-notice dated before the drill',
      yaml: plan({ parentNoticeAfter: '2026-10-06' }),
      errors: [{ line: 9, column: 26, message: 'before the drill was held' }],
    },
    {
      name: 'no after-notice',
      yaml: plan({ parentNoticeAfter: undefined }),
      errors: [{ line: 7, column: 5, message: '(parentNoticeAfter)' }],
    },
    {
      name: 'no start announcement',
      yaml: plan({ startAnnouncement: 'false' }),
      errors: [{ line: 10, column: 26, message: 'the record says no schoolwide announcement at the start said it was a drill' }],
    },
    {
      name: 'age-appropriate not recorded',
      yaml: plan({ ageAppropriate: undefined }),
      errors: [{ line: 7, column: 5, message: 'does not record whether the drill was age-appropriate (ageAppropriate: true)' }],
    },
    {
      name: 'no support resources',
      yaml: plan({ supportResources: 'false' }),
      errors: [{ line: 12, column: 25, message: 'no support resources were shared afterwards' }],
    },
    {
      name: 'simulated gunfire',
      yaml: plan({ simulatedGunfire: 'true' }),
      errors: [{ line: 13, column: 25, message: 'AB 1858 forbids simulated gunfire' }],
    },
    {
      name: 'simulated gunfire not recorded',
      yaml: plan({ simulatedGunfire: undefined }),
      errors: [{ line: 7, column: 5, message: 'does not record that no gunfire was simulated (simulatedGunfire: false)' }],
    },
  ],
});
