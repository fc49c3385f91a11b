import { requirementById } from '../law/requirements.js';
import { armedAssailantTypes, drillEntries } from '../plan/drills.js';
import type { PathSegment } from '../plan/paths.js';
import { daysBetween, isIsoDate, isoDateOf } from '../util/iso-date.js';
import { definePlanRule, type Finding, type MessageData } from './types.js';

// AB 1858 (Stats. 2024 ch. 530, in force 2025-01-01) sets how an armed-assailant drill is run:
// parents told the week of the drill and again the same day afterwards, a schoolwide announcement
// at the start, age-appropriate content, support resources afterwards, and no simulated gunfire.
// "The week of the drill" is an interpretation: the statute gives no number of days. cssp's default
// is the conservative reading, the same calendar week as the drill (Monday to Sunday), on or before
// its day; a district may read it as up to N days before (drillPolicy.armedAssailantNoticeWeek:
// days-before, with armedAssailantNoticeDays, 7 by default).
// A lockdown drill is held to the same steps when the district prepares for an armed assailant with
// its lockdown drills (drillPolicy.lockdownAsArmedAssailant).
// Drills held before AB 1858 took effect need no record of its steps.
const EFFECTIVE = requirementById('armed-assailant-procedures').effective;
const NOTICE_WINDOW_DAYS = 7;

/** A Monday: weeks run Monday to Sunday. */
const A_MONDAY = '1970-01-05';
/** Days since the Monday of the week holding an ISO date: 0 on Monday, 6 on Sunday (arithmetic, not a Date parsed and printed per drill). */
const sinceMonday = (iso: string): number => ((daysBetween(A_MONDAY, iso) % 7) + 7) % 7;

const FLAGS = [
  { key: 'startAnnouncement', done: 'a schoolwide announcement at the start said it was a drill', not: 'no schoolwide announcement at the start said it was a drill' },
  { key: 'ageAppropriate', done: 'the drill was age-appropriate', not: 'the drill was not age-appropriate' },
  { key: 'supportResources', done: 'support resources were shared afterwards', not: 'no support resources were shared afterwards' },
] as const;

const HINT = 'Fill in the armedAssailant block from the drill record: parentNoticeBefore (date), parentNoticeAfter (date), startAnnouncement: true, ageAppropriate: true, supportResources: true, simulatedGunfire: false.';

export default definePlanRule({
  meta: {
    id: 'armed-assailant-drill-record',
    severity: 'error',
    citation: 'EC 32282, letter unverified (AB 1858, 2024)',
    description:
      'Every armed-assailant drill (from 2025-01-01; lockdown drills too under drillPolicy.lockdownAsArmedAssailant) records AB 1858: parent notice the week of the drill and the same day after it, a start announcement, age-appropriate content, support resources, and no simulated gunfire.',
    reading: {
      kind: 'interpretation',
      note:
        'AB 1858 as the sources report it, except "the week of the drill": the statute gives no number of days. cssp reads it conservatively as the same Monday-to-Sunday week as the drill, on or before its day; a district may choose up to a number of days before (drillPolicy.armedAssailantNoticeWeek: days-before, armedAssailantNoticeDays).',
      setting: 'drillPolicy.armedAssailantNoticeWeek; drillPolicy.armedAssailantNoticeDays',
    },
    messages: {
      noRecord: '{{drill}} has no armedAssailant record of the steps AB 1858 requires.',
      noNoticeBefore: '{{drill}}: does not record when parents were told of it beforehand (parentNoticeBefore). AB 1858 requires notice the week of the drill.',
      noticeAfterDrill: '{{drill}}: parents were told on {{noticeDate}}, after the drill. AB 1858 requires notice the week of the drill, before it is held.',
      noticeTooEarly: '{{drill}}: parents were told on {{noticeDate}}, {{lead}} days before the drill. AB 1858 requires notice the week of the drill (the district reads that as up to {{noticeDays}} days before; drillPolicy.armedAssailantNoticeDays).',
      noticeOtherWeek: '{{drill}}: parents were told on {{noticeDate}}, in an earlier week than the drill. AB 1858 requires notice the week of the drill (cssp reads that as the same Monday-to-Sunday week; drillPolicy.armedAssailantNoticeWeek: days-before allows a number of days instead).',
      noNoticeAfter: '{{drill}}: does not record when parents were told it had taken place (parentNoticeAfter). AB 1858 requires notice the same day.',
      noticeAfterWrongDay: '{{drill}}: parents were told it had taken place on {{noticeDate}}, {{when}}. AB 1858 requires notice after the drill on the same day.',
      stepNotDone: '{{drill}}: the record says {{notDone}}. AB 1858 requires it.',
      stepNotRecorded: '{{drill}}: does not record whether {{done}} ({{key}}: true). AB 1858 requires it.',
      gunfireSimulated: '{{drill}}: gunfire was simulated. AB 1858 forbids simulated gunfire in school drills.',
      gunfireNotRecorded: '{{drill}}: does not record that no gunfire was simulated (simulatedGunfire: false). AB 1858 forbids simulated gunfire.',
    },
  },
  check({ plan, config, report }) {
    const types = armedAssailantTypes(config);
    const noticeDays = config?.drillPolicy?.armedAssailantNoticeDays ?? NOTICE_WINDOW_DAYS;
    const calendarWeek = (config?.drillPolicy?.armedAssailantNoticeWeek ?? 'calendar-week') === 'calendar-week';
    for (const { index, drill } of drillEntries(plan)) {
      if (typeof drill.type !== 'string' || !types.includes(drill.type)) continue;
      const date = isoDateOf(drill.date);
      if (date && date < EFFECTIVE) continue;
      const what = `The ${drill.type === 'lockdown' ? 'lockdown drill (an armed-assailant drill under district policy)' : 'armed-assailant drill'}${date ? ` on ${date}` : ''}`;
      const aa = drill.armedAssailant;
      if (aa === null || typeof aa !== 'object' || Array.isArray(aa)) {
        report({ path: ['drills', index], messageId: 'noRecord', data: { drill: what }, hint: HINT });
        continue;
      }
      const at = (key: string): PathSegment[] => ['drills', index, 'armedAssailant', key];
      const say = (key: string, messageId: string, data: MessageData = {}, hint = HINT) => report({ path: at(key), messageId, data: { drill: what, ...data }, hint } satisfies Finding);

      const before = aa.parentNoticeBefore;
      if (typeof before !== 'string') say('parentNoticeBefore', 'noNoticeBefore');
      else if (date && isIsoDate(before)) {
        const lead = daysBetween(before, date);
        if (lead < 0) say('parentNoticeBefore', 'noticeAfterDrill', { noticeDate: before }, 'Correct the date if it is a typo; otherwise notify parents before the next drill and record that date.');
        // A notice `lead` days before the drill is in its week when that week's Monday is no earlier.
        else if (calendarWeek && lead > sinceMonday(date)) say('parentNoticeBefore', 'noticeOtherWeek', { noticeDate: before }, 'Send a reminder in the week of the drill (Monday to the drill day) and record its date as parentNoticeBefore.');
        else if (!calendarWeek && lead > noticeDays) say('parentNoticeBefore', 'noticeTooEarly', { noticeDate: before, lead, noticeDays }, 'Send a reminder in the week of the drill and record its date as parentNoticeBefore.');
      }

      const after = aa.parentNoticeAfter;
      if (typeof after !== 'string') say('parentNoticeAfter', 'noNoticeAfter');
      else if (date && isIsoDate(after) && after !== date) {
        const when = after < date ? 'before the drill was held' : `${daysBetween(date, after)} day(s) after the drill`;
        say('parentNoticeAfter', 'noticeAfterWrongDay', { noticeDate: after, when }, 'Correct the date if it is a typo; otherwise notify parents the same day after the next drill.');
      }

      for (const flag of FLAGS) {
        const value = aa[flag.key];
        if (value === false) say(flag.key, 'stepNotDone', { notDone: flag.not }, 'Run the next drill as AB 1858 requires; keep this record as it is, so the log stays truthful.');
        else if (value !== true) say(flag.key, 'stepNotRecorded', { done: flag.done, key: flag.key });
      }

      const gunfire = aa.simulatedGunfire;
      if (gunfire === true) say('simulatedGunfire', 'gunfireSimulated', {}, 'Do not simulate gunfire (no blanks, recordings or noise-makers) in future drills; keep this record as it is, so the log stays truthful.');
      else if (gunfire !== false) say('simulatedGunfire', 'gunfireNotRecorded');
    }
  },
});
