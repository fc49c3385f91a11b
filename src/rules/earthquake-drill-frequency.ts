import { termsDue } from '../plan/calendar.js';
import { countedDrills, hasSchoolYear, listNames, logDrillHint, missingTerms, siteDrillLevel, termLabel } from '../plan/drills.js';
import { definePlanRule } from './types.js';

// EC 32282(a)(2)(B)(i)(II): the drop procedure is practised once each quarter in elementary
// schools and once each semester in secondary schools (middle and high). Terms come from the
// district calendar, so "Q2" means the district's own Q2 dates.
export default definePlanRule({
  meta: {
    id: 'earthquake-drill-frequency',
    severity: 'error',
    citation: 'EC 32282(a)(2)(B)(i)(II)',
    description:
      'An earthquake (drop, cover and hold on) drill in each quarter (elementary, K-8, K-12) or each semester (middle and high) that has ended by the check date.',
  },
  check({ plan, calendar, asOf, report }) {
    if (!hasSchoolYear(plan)) return;
    const { level, label } = siteDrillLevel(plan);
    const elementary = level === 'elementary';
    const terms = (elementary ? calendar.quarters : calendar.semesters) ?? [];
    const drills = countedDrills(plan, calendar, asOf, ['earthquake']);
    const missing = missingTerms(drills, termsDue(terms, asOf));
    if (missing.length === 0) return;
    report({
      path: ['drills'],
      message:
        `No earthquake drill logged in ${listNames(missing.map(termLabel))}. ` +
        `As ${label}, this site holds one each ${elementary ? 'quarter' : 'semester'} (EC 32282(a)(2)(B)(i)(II)).`,
      hint: logDrillHint('earthquake'),
    });
  },
});
