import { monthsDue } from '../plan/calendar.js';
import { countedDrills, hasSchoolYear, logDrillHint, missingMonths, monthList } from '../plan/drills.js';
import { definePlanRule } from './types.js';

// EC 32001: the fire alarm is sounded at least once every calendar month at every school, whatever
// its level. A fire drill sounds the alarm, so either a `fire-alarm` or a `fire` entry counts.
export default definePlanRule({
  meta: {
    id: 'fire-alarm-monthly',
    severity: 'error',
    citation: 'EC 32001',
    description:
      'The fire alarm is sounded (a fire-alarm test or a fire drill) in every calendar month in session that has ended by the check date.',
    reading: {
      kind: 'interpretation',
      note: 'EC 32001: the fire alarm is sounded at least once every calendar month. cssp asks it for the months the school is in session (the district calendar), not for summer months.',
      setting: 'calendars',
    },
    messages: {
      missingMonths: 'No fire alarm sounded (no fire-alarm test or fire drill logged) in {{missing}}. EC 32001 requires the alarm at least once every calendar month.',
    },
  },
  check({ plan, calendar, asOf, report }) {
    if (!hasSchoolYear(plan)) return;
    const drills = countedDrills(plan, calendar, asOf, ['fire-alarm', 'fire']);
    const missing = missingMonths(drills, monthsDue(calendar, asOf));
    if (missing.length === 0) return;
    report({
      path: ['drills'],
      messageId: 'missingMonths', data: { missing: monthList(missing) },
      hint: logDrillHint('fire-alarm'),
    });
  },
});
