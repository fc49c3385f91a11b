import rule from '../../src/rules/meeting-notices.js';
import { testRule } from '../helpers/rule-tester.js';

const all = ['mayor', 'school-employee-organization', 'parent-organization', 'teacher-organization', 'student-government', 'requester'];
const sent = (recipient: string, date = '2027-01-25') => `    - { recipient: ${recipient}, date: ${date} }`;
const meeting = (date: string, ...notices: string[]) =>
  ['publicMeeting:', `  date: ${date}`, '  location: Library', '  notices:', ...notices].join('\n');
const na = '    - { recipient: student-government, notApplicable: true, reason: No student government at an elementary school }';

testRule(rule, {
  valid: [
    { name: 'every recipient noticed before the meeting', yaml: meeting('2027-02-09', ...all.map((r) => sent(r))) },
    { name: 'notice on the meeting day', yaml: meeting('2027-02-09', ...all.map((r) => sent(r, '2027-02-09'))) },
    { name: 'student government not applicable, with a reason', yaml: meeting('2027-02-09', ...all.filter((r) => r !== 'student-government').map((r) => sent(r)), na) },
    { name: 'two parent organizations', yaml: meeting('2027-02-09', ...all.map((r) => sent(r)), sent('parent-organization', '2027-01-26')) },
    { name: 'no public meeting yet: nothing to check', yaml: 'schoolYear: 2026-27\n' },
    { name: 'upcoming meeting, notices sent so far have no dates yet', yaml: meeting('2027-02-09', ...all.map((r) => `    - { recipient: ${r} }`)) },
  ],
  invalid: [
    {
      name: 'mayor and requester missing after the meeting: one finding listing both',
      yaml: meeting('2027-02-09', ...all.filter((r) => r !== 'mayor' && r !== 'requester').map((r) => sent(r))),
      asOf: '2027-03-02',
      errors: [{ line: 4, column: 3, message: 'No written notice of the public meeting is recorded for: the mayor; everyone who asked', severity: 'error' }],
    },
    {
      name: 'upcoming meeting with notices missing: an info reminder',
      yaml: meeting('2027-02-09', sent('mayor')),
      errors: [{ line: 4, column: 3, message: 'Before the public meeting on February 9, 2027, send written notice to: the local school employee organization', severity: 'info' }],
    },
    {
      name: 'no notices key: reported on publicMeeting:',
      yaml: meeting('2026-11-01').replace('\n  notices:', ''),
      errors: [{ line: 1, column: 1, message: 'the mayor; the local school employee organization; each parent organization' }],
    },
    {
      name: 'notice sent after the meeting',
      yaml: meeting('2027-02-09', ...all.map((r) => sent(r, r === 'mayor' ? '2027-02-10' : '2027-01-25'))),
      asOf: '2027-03-02',
      errors: [{ line: 5, column: 33, message: 'The notice to `mayor` was sent on February 10, 2027, after the public meeting on February 9, 2027' }],
    },
    {
      name: 'not applicable without a reason',
      yaml: meeting('2027-02-09', ...all.filter((r) => r !== 'student-government').map((r) => sent(r)), '    - recipient: student-government', '      notApplicable: true'),
      errors: [{ line: 10, column: 7, message: '`student-government` is marked not applicable without a reason' }],
    },
    {
      name: 'past meeting, notice without a date',
      yaml: meeting('2026-11-01', ...all.filter((r) => r !== 'requester').map((r) => sent(r, '2026-10-20')), '    - { recipient: requester, name: J. Doe }'),
      errors: [{ line: 10, column: 7, message: '`requester` has no date' }],
    },
  ],
});
