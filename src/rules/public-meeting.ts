import { adoptedOn, adoptionDeadline } from '../plan/deadlines.js';
import { isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { otherSiteNamed } from '../plan/site-names.js';
import { definePlanRule } from './types.js';

const NO_SITES: readonly { id: string; name: string }[] = [];

// EC 32288(b)(1): before adopting the plan, the council or committee holds a public meeting at
// the schoolsite so the public can comment on it. A meeting at the district office or another
// school does not meet it. A hearing and the vote at one session on the same day do: the plan
// records that the meeting came first (beforeVote: true).

/** Places that are not the schoolsite, as a location is usually written. */
const AWAY = /\b(district (office|offices|headquarters|service center|education center|administration)|board ?room|city hall|county office|(zoom|teams|virtual|online|webinar)\b)/i;
/** "Cypress Grove Elementary School": a school named in the location. */
const SCHOOL_NAME = /\b((?:[A-Z][\w'.-]*\s+)+)(Elementary|Middle|High|Intermediate|Junior High|K-8|TK-8)\b/g;

/** Why the location reads as away from the school, or undefined. */
function awayFrom(location: string, site: { id?: string; name: string }, sites: readonly { id: string; name: string }[]): string | undefined {
  const away = AWAY.exec(location);
  if (away) return away[0];
  const other = otherSiteNamed(location, sites, site.id);
  if (other) return other;
  const siteName = site.name;
  for (const m of location.matchAll(SCHOOL_NAME)) {
    const named = m[1]!.trim().split(/\s+/)[0]!;
    if (!siteName.toLowerCase().includes(named.toLowerCase())) return `${m[1]!.trim()} ${m[2]}`;
  }
  return undefined;
}
export default definePlanRule({
  meta: {
    id: 'public-meeting',
    severity: 'error',
    citation: 'EC 32288(b)(1)',
    description: 'A public meeting at the schoolsite is held before the plan is adopted (on the adoption day too, when the plan records that it came before the vote).',
    reading: {
      kind: 'interpretation',
      note: 'EC 32288(b)(1): a public meeting at the schoolsite before adoption. Where the plan does not say `atSchoolsite:`, cssp reads the location: the district office, a board room, city hall, a county office, an online meeting or another school\'s name is away from the schoolsite. A meeting on the adoption day counts when the plan says `beforeVote: true`.',
      // The plan's own atSchoolsite decides where it says; a district that reads the location otherwise sets this rule's severity.
      setting: 'rules',
    },
    messages: {
      awayFromSchoolsite: 'The public meeting was held away from the schoolsite ({{where}}); EC 32288(b)(1) requires it at the schoolsite, so the school community can come and comment.',
      sameDayUnrecorded: 'The public meeting was on the adoption day ({{date}}): record that it came before the vote with `beforeVote: true`.',
      noMeetingOverdue: 'No public meeting is recorded and the plan was due by {{deadline}}. The public meeting at the school site comes before adoption.',
      noMeetingBeforeAdoption: 'The plan was adopted on {{adopted}}, but no public meeting is recorded. EC 32288(b)(1) requires a public meeting at the school site before adoption, so the public can comment.',
      meetingAfterAdoption: 'The public meeting ({{date}}) must come before the plan is adopted ({{adopted}}), so public comments can still change the plan.',
    },
  },
  check({ plan, config, asOf, report }) {
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
    const location = typeof meeting.location === 'string' ? meeting.location : '';
    const away = meeting.atSchoolsite === false ? location || 'atSchoolsite: false' : meeting.atSchoolsite === true ? undefined
      : awayFrom(location, { id: plan.site?.id, name: String(plan.site?.name ?? '') }, config?.sites ?? NO_SITES);
    if (away) {
      report({
        path: ['publicMeeting', meeting.atSchoolsite === false ? 'atSchoolsite' : 'location'],
        messageId: 'awayFromSchoolsite', data: { where: away },
        hint: 'Hold the public meeting at the school and record it. If it was held at the school, say so with `atSchoolsite: true` under `publicMeeting:`.',
      });
    }
    const date = isoDateOf(meeting.date);
    if (date && date === adopted && meeting.beforeVote !== false) {
      // A public hearing, then the action item, at one session: lawful when the hearing came first.
      if (meeting.beforeVote !== true) {
        report({ path: ['publicMeeting', 'date'], severity: 'info', messageId: 'sameDayUnrecorded', data: { date: longDate(date) }, hint: 'Add `beforeVote: true` under `publicMeeting:` when the hearing preceded the adoption vote at the same session (the minutes show the order).' });
      }
    } else if (date && date >= adopted) {
      report({
        path: ['publicMeeting', 'date'],
        messageId: 'meetingAfterAdoption', data: { date: longDate(date), adopted: longDate(adopted) },
        hint: 'Correct the date if it is wrong. If the meeting really followed adoption, hold the meeting and adopt the plan again afterwards.',
      });
    }
  },
});
