import { adoptedOn, adoptionDeadline } from '../plan/deadlines.js';
import { isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32288(b)(1): before adopting the plan, the council or committee holds a public meeting at
// the school site so the public can comment on it.
export default definePlanRule({
  meta: {
    id: 'public-meeting',
    severity: 'error',
    citation: 'EC 32288(b)(1)',
    description: 'A public meeting at the school site is held before the plan is adopted.',
    reading: { kind: 'statute', note: 'EC 32288(b)(1): a public meeting at the school site before adoption.' },
    messages: {
      noMeetingOverdue: 'No public meeting is recorded and the plan was due by {{deadline}}. The public meeting at the school site comes before adoption.',
      noMeetingBeforeAdoption: 'The plan was adopted on {{adopted}}, but no public meeting is recorded. EC 32288(b)(1) requires a public meeting at the school site before adoption, so the public can comment.',
      meetingAfterAdoption: 'The public meeting ({{date}}) must come before the plan is adopted ({{adopted}}), so public comments can still change the plan.',
    },
  },
  check({ plan, asOf, report }) {
    const adopted = adoptedOn(plan);
    const meeting = plan.publicMeeting;
    const hint = 'Add `publicMeeting:` with the `date:` and `location:` of the meeting held at the school site before adoption.';
    if (!adopted) {
      const deadline = adoptionDeadline(plan);
      if (meeting === undefined && deadline && asOf > deadline.date) {
        report({
          path: ['publicMeeting'],
          messageId: 'noMeetingOverdue', data: { deadline: longDate(deadline.date) },
          hint,
        });
      }
      return;
    }
    if (meeting === undefined || meeting === null) {
      report({
        path: ['publicMeeting'],
        messageId: 'noMeetingBeforeAdoption', data: { adopted: longDate(adopted) },
        hint,
      });
      return;
    }
    const date = isoDateOf(meeting.date);
    if (date && date >= adopted) {
      report({
        path: ['publicMeeting', 'date'],
        messageId: 'meetingAfterAdoption', data: { date: longDate(date), adopted: longDate(adopted) },
        hint: 'Correct the date if it is wrong. If the meeting really followed adoption, hold the meeting and adopt the plan again afterwards.',
      });
    }
  },
});
