import { isSchoolYear, springYear } from '../plan/school-year.js';
import { addMonths } from '../util/iso-date.js';
import { definePlanRule } from './types.js';

// A map is only as good as its last walk on site: doors get added, panels move. New Jersey, Texas
// and others require the critical incident map to be verified each year, often with the fire
// department; California does not, so this is practice, with the period a district setting.
export default definePlanRule({
  meta: {
    id: 'map-walkthrough',
    severity: 'warning',
    citation: 'N.J.S.A. 18A:41-7.1; Tex. Educ. Code 37.117 (annual map verification, as a model)',
    description: 'Each responder map records a walkthrough (verified.date) within the district\'s period (responderMaps.walkthroughMonths, default 12 months).',
    reading: {
      kind: 'practice',
      note: 'Annual verification of school maps is required in several states (for example New Jersey and Texas), not in California; the period is the district\'s.',
      setting: 'responderMaps.walkthroughMonths',
    },
    messages: {
      neverVerified: 'Map `{{title}}` has no walkthrough on record (`verified:`).',
      stale: 'Map `{{title}}` was last verified on site {{date}}, more than {{months}} months before {{asOf}}.',
    },
  },
  check({ plan, config, asOf: today, report }) {
    const maps = plan.responder?.maps;
    if (!Array.isArray(maps)) return;
    const months = config?.responderMaps?.walkthroughMonths ?? 12;
    // A past year's plan is judged at the end of its year (June 30), as it stood then.
    const yearEnd = isSchoolYear(plan.schoolYear) ? `${springYear(plan.schoolYear)}-06-30` : today;
    const asOf = today < yearEnd ? today : yearEnd;
    maps.forEach((map, index) => {
      if (!map || map.visibility === 'public') return;
      const title = String(map.title ?? map.file ?? index);
      const date = map.verified?.date;
      if (typeof date !== 'string') {
        report({ path: ['responder', 'maps', index], messageId: 'neverVerified', data: { title }, hint: 'Walk the site with the map (ideally with the fire company), correct it, then record `verified: { date: YYYY-MM-DD, by: who }`.' });
      } else if (addMonths(date, months) < asOf) {
        report({ path: ['responder', 'maps', index, 'verified', 'date'], messageId: 'stale', data: { title, date, months, asOf }, hint: 'Walk the site with the map again, correct what changed, and record the new date.' });
      }
    });
  },
});
