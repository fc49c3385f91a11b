import { drillEntries, hasSchoolYear } from '../plan/drills.js';
import { isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// Drills count toward this year's requirements (EC 32001; EC 32282(a)(2)(B)(i)) only when they
// fall inside the school year and have already happened. A mistyped year would otherwise make the
// log look complete, and a future date means a drill was recorded before it was held.
export default definePlanRule({
  meta: {
    id: 'drill-dates',
    severity: 'error',
    citation: 'EC 32001; EC 32282(a)(2)(B)(i)',
    description: "Each drill's date falls inside the school year (the district calendar's first to last day) and is not after the check date.",
    reading: {
      kind: 'interpretation',
      note: 'EC 32001 and EC 32282 count drills within a school year; cssp reads the school year as the district calendar\'s first to last day, so a drill dated outside it (or after the check date) does not count.',
      setting: 'calendars',
    },
    messages: {
      outsideYear: 'Drill dated {{date}} is outside {{year}} ({{firstDay}} to {{lastDay}}), so it does not count toward this year\'s drills.',
      future: 'Drill dated {{date}} is in the future (checked as of {{asOf}}): a drill can\'t be logged before it is held.',
    },
  },
  check({ plan, calendar, asOf, report }) {
    if (!hasSchoolYear(plan)) return;
    const year = `the ${plan.schoolYear} school year`;
    for (const { index, drill } of drillEntries(plan)) {
      // A missing or malformed date is a schema error already.
      const date = isoDateOf(drill.date);
      if (!date) continue;
      const path = ['drills', index, 'date'];
      if (date < calendar.firstDay || date > calendar.lastDay) {
        report({
          path,
          messageId: 'outsideYear', data: { date, year, firstDay: longDate(calendar.firstDay), lastDay: longDate(calendar.lastDay) },
          hint: "Correct the date if it is a typo; if the drill belongs to another school year, move it to that year's plan.",
        });
      } else if (date > asOf) {
        report({
          path,
          messageId: 'future', data: { date, asOf: longDate(asOf) },
          hint: 'Remove the entry until the drill has been held, then log it with its real date. Plan upcoming drills in the school calendar, not in the drill log.',
        });
      }
    }
  },
});
