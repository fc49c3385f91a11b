import { count, countedDrills, hasSchoolYear, heldBy, logDrillHint, shortfall } from '../plan/drills.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule, type Finding } from './types.js';

// No state law sets a lockdown frequency (SB 541 as enacted only collects data); EC 32282(a)(2)(J)
// asks for tactical-response procedures and AB 1858 says how armed-assailant drills are run.
// Districts set their own number in drillPolicy.lockdownPerYear; half is expected by the end of
// the first semester so the drills are spread across the year.
export default definePlanRule({
  meta: {
    id: 'lockdown-drill-frequency',
    severity: 'warning',
    citation: 'District policy (EC 32282(a)(2)(J); AB 1858)',
    description:
      'District policy, not state law (no state frequency exists): drillPolicy.lockdownPerYear lockdown or armed-assailant drills a year, half of them (rounded up) by the end of semester 1. Off when the setting is absent or 0.',
    reading: {
      kind: 'district policy',
      note: 'No state law sets a lockdown drill frequency; the district sets one in drillPolicy.lockdownPerYear (off when absent or 0).',
      setting: 'drillPolicy.lockdownPerYear',
    },
    messages: {
      yearShort: '{{shortfall}} logged in the school year that ended {{lastDay}}. {{policy}}',
      semester1Short: '{{shortfall}} logged by the end of {{semester}} ({{semesterEnd}}). {{policy}}',
    },
  },
  check({ plan, config, calendar, asOf, report }) {
    if (!hasSchoolYear(plan)) return;
    const perYear = config?.drillPolicy?.lockdownPerYear;
    if (typeof perYear !== 'number' || perYear <= 0) return;
    const drills = countedDrills(plan, calendar, asOf, ['lockdown', 'armed-assailant']);
    const firstHalf = Math.ceil(perYear / 2);
    const s1 = calendar.semesters?.[0];
    const policy = `District policy asks for ${count(perYear, 'lockdown drill')} a school year, ${firstHalf} of them by the end of the first semester.`;
    let found: Pick<Finding, 'messageId' | 'data'> | undefined;
    if (calendar.lastDay < asOf && drills.length < perYear) {
      found = { messageId: 'yearShort', data: { shortfall: shortfall(drills.length, 'lockdown or armed-assailant drill'), lastDay: longDate(calendar.lastDay), policy } };
    } else if (s1 && s1.end < asOf && heldBy(drills, s1.end) < firstHalf) {
      found = { messageId: 'semester1Short', data: { shortfall: shortfall(heldBy(drills, s1.end), 'lockdown or armed-assailant drill'), semester: s1.name, semesterEnd: longDate(s1.end), policy } };
    }
    if (!found) return;
    report({
      path: ['drills'],
      ...found,
      hint: `${logDrillHint('lockdown')} The number comes from drillPolicy.lockdownPerYear in cssp.config.yaml.`,
    });
  },
});
