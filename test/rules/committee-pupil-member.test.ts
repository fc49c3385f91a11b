import rule from '../../src/rules/committee-pupil-member.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { testRule } from '../helpers/rule-tester.js';
import { testConfig } from '../helpers/config.js';

// Line 4 is `members:`, where every finding lands.
const plan = (grades: string, body: string, ...roles: string[]) =>
  [`site: { grades: ${grades} }`, 'committee:', `  authoringBody: ${body}`, '  members:', ...roles.map((r, i) => `    - { name: Member ${i}, role: ${r} }`)].join('\n');
const high = '/district/plans/2026-27/test-high.yaml';
const policy = (on: boolean | undefined): DistrictConfig => ({ ...testConfig, drillPolicy: { ...testConfig.drillPolicy, pupilMemberForGrades9to12: on } });
const OFF = policy(undefined);
const ON = policy(true);

testRule(rule, {
  valid: [
    { name: 'safety committee, policy unset: AB 3199 is not law, so no pupil needed', yaml: plan('9-12', 'safety-committee', 'principal'), file: high, config: OFF },
    { name: 'safety committee, no config at all: off by default', yaml: plan('9-12', 'safety-committee', 'principal'), config: null },
    { name: 'safety committee, policy false', yaml: plan('9-12', 'safety-committee', 'principal'), file: high, config: policy(false) },
    { name: 'safety committee, policy on, with a pupil', yaml: plan('9-12', 'safety-committee', 'principal', 'student'), file: high, config: ON },
    { name: 'elementary school needs no pupil, even under the policy', yaml: plan('TK-5', 'safety-committee', 'principal'), config: ON },
    { name: 'School Site Council of a middle school: EC 65000 does not require pupils', yaml: plan('6-8', 'schoolsite-council', 'principal'), config: OFF },
    { name: 'School Site Council of a high school with pupils', yaml: plan('9-12', 'schoolsite-council', 'principal', 'student'), file: high, config: OFF },
    { name: 'no grades: nothing to decide', yaml: 'committee:\n  members: []\n' },
  ],
  invalid: [
    {
      name: 'School Site Council of a high school without pupils: an error under EC 65000, policy or not',
      yaml: plan('9-12', 'schoolsite-council', 'principal', 'teacher'),
      file: high,
      config: OFF,
      errors: [{ line: 4, column: 3, message: 'its School Site Council has no pupil member (role `student`). At a secondary school the council includes pupils chosen by pupils (EC 65000)', severity: 'error' }],
    },
    {
      name: 'School Site Council of a continuation school (10-12) without pupils, no config',
      yaml: plan('10-12', 'schoolsite-council', 'principal'),
      config: null,
      errors: [{ line: 4, column: 3, message: 'EC 65000', severity: 'error' }],
    },
    {
      name: 'safety committee, district policy on, no pupil: a warning naming the policy',
      yaml: plan('9-12', 'safety-committee', 'principal', 'teacher'),
      file: high,
      config: ON,
      errors: [{ line: 4, column: 3, message: 'which district policy (drillPolicy.pupilMemberForGrades9to12) requires', severity: 'warning' }],
    },
    {
      name: 'K-12 safety committee under the policy',
      yaml: plan('K-12', 'safety-committee', 'principal'),
      config: ON,
      errors: [{ line: 4, column: 3, message: 'role `student`' }],
    },
  ],
});
