import type { Notice } from '../plan/types.generated.js';
import { isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32288(b)(2): written notice of the public meeting goes to each of these, where they exist.
const RECIPIENTS: ReadonlyArray<[type: Notice['recipient'], name: string]> = [
  ['mayor', 'the mayor'],
  ['school-employee-organization', 'the local school employee organization'],
  ['parent-organization', 'each parent organization (PTA, PTO, booster club)'],
  ['teacher-organization', 'each teacher organization'],
  ['student-government', 'the student body government'],
  ['requester', 'everyone who asked to be notified'],
];

export default definePlanRule({
  meta: {
    id: 'meeting-notices',
    severity: 'error',
    citation: 'EC 32288(b)(2)',
    description: 'Written notice of the public meeting went to the mayor, employee, parent and teacher organizations, student government and requesters (or each is marked not applicable with a reason).',
    reading: { kind: 'statute', note: 'EC 32288(b)(2): written notice of the public meeting to each listed recipient, where it exists.' },
    messages: {
      sendBeforeMeeting: 'Before the public meeting on {{meetingDate}}, send written notice to: {{recipients}}.',
      noNotice: 'No written notice of the public meeting is recorded for: {{recipients}}.',
      notApplicableWithoutReason: 'The notice to {{recipient}} is marked not applicable without a reason.',
      noDate: 'The notice to {{recipient}} has no date, so the record does not show it was sent before the meeting.',
      afterMeeting: 'The notice to {{recipient}} was sent on {{date}}, after the public meeting on {{meetingDate}}; notice must come before the meeting.',
    },
  },
  check({ plan, asOf, report }) {
    const meeting = plan.publicMeeting;
    if (!meeting || typeof meeting !== 'object') return;
    const meetingDate = isoDateOf(meeting.date);
    const upcoming = meetingDate !== undefined && meetingDate > asOf;
    const notices = (Array.isArray(meeting.notices) ? meeting.notices : []).map((n) => n ?? {});
    const missing = RECIPIENTS.filter(([type]) => !notices.some((n) => n.recipient === type));
    if (missing.length > 0) {
      const names = missing.map(([, name]) => name).join('; ');
      report({
        path: ['publicMeeting', 'notices'],
        // Before a scheduled meeting the notices are a to-do, not yet a fault.
        ...(upcoming ? { severity: 'info' as const } : {}),
        ...(upcoming
          ? { messageId: 'sendBeforeMeeting', data: { meetingDate: longDate(meetingDate), recipients: names } }
          : { messageId: 'noNotice', data: { recipients: names } }),
        hint: `Add a notice for each (${missing.map(([t]) => t).join(', ')}) under \`publicMeeting.notices\` with \`recipient:\` and \`date:\`, or \`notApplicable: true\` and a \`reason:\` when there is none for your school.`,
      });
    }
    notices.forEach((n, i) => {
      const who = typeof n.recipient === 'string' ? `\`${n.recipient}\`` : 'this recipient';
      if (n.notApplicable === true) {
        if (typeof n.reason !== 'string' || !n.reason.trim()) {
          report({
            path: ['publicMeeting', 'notices', i],
            messageId: 'notApplicableWithoutReason', data: { recipient: who },
            hint: 'Add `reason:` saying why, for example "No student government at this elementary school."',
          });
        }
        return;
      }
      const date = isoDateOf(n.date);
      if (!date) {
        if (upcoming) return;
        report({
          path: ['publicMeeting', 'notices', i],
          messageId: 'noDate', data: { recipient: who },
          hint: 'Add `date:` (when it was sent), or `notApplicable: true` and `reason:` if there is no such recipient.',
        });
      } else if (meetingDate && date > meetingDate) {
        report({
          path: ['publicMeeting', 'notices', i, 'date'],
          messageId: 'afterMeeting', data: { recipient: who, date: longDate(date), meetingDate: longDate(meetingDate) },
          hint: 'Correct the date if it is wrong; otherwise send notice and hold the meeting again before adoption.',
        });
      }
    });
  },
});
