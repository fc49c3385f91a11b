import { termsDue } from '../plan/calendar.js';
import { countedDrills, hasSchoolYear, listNames, logDrillHint, missingTerms, siteDrillLevel, termLabel } from '../plan/drills.js';
import { definePlanRule } from './types.js';

// EC 32282(a)(2)(B)(i)(II): the drop procedure is practised once each quarter in elementary
// schools and once each semester in secondary schools. The statute names no middle level, so a
// middle school is held to the stricter quarterly count unless the district chooses semester
// (drillPolicy.middleSchoolEarthquakeDrills). Terms come from the district calendar, so "Q2" means
// the district's own Q2 dates.
export default definePlanRule({
  meta: {
    id: 'earthquake-drill-frequency',
    severity: 'error',
    citation: 'EC 32282(a)(2)(B)(i)(II)',
    description:
      'An earthquake (drop, cover and hold on) drill in each quarter (elementary, K-8, K-12; middle by default) or each semester (high; middle under drillPolicy.middleSchoolEarthquakeDrills: semester) that has ended by the check date.',
    reading: {
      kind: 'interpretation',
      note:
        'Elementary (each quarter) and secondary (each semester) are statute. Middle schools are not named; cssp counts them quarterly, the stricter reading, unless drillPolicy.middleSchoolEarthquakeDrills is semester.',
      setting: 'drillPolicy.middleSchoolEarthquakeDrills',
    },
    messages: {
      missing: 'No earthquake drill logged in {{terms}}. As {{level}}, this site holds one each {{term}} (EC 32282(a)(2)(B)(i)(II)).',
      middleMissing: 'No earthquake drill logged in {{terms}}. As {{level}}, this site holds one each quarter: EC 32282(a)(2)(B)(i)(II) names elementary (each quarter) and secondary (each semester) schools only, and cssp holds middle schools to the stricter count.',
    },
  },
  check({ plan, config, calendar, asOf, report }) {
    if (!hasSchoolYear(plan)) return;
    const { level, label } = siteDrillLevel(plan);
    const middleQuarterly = level === 'middle' && config?.drillPolicy?.middleSchoolEarthquakeDrills !== 'semester';
    const quarterly = level === 'elementary' || middleQuarterly;
    const terms = (quarterly ? calendar.quarters : calendar.semesters) ?? [];
    const drills = countedDrills(plan, calendar, asOf, ['earthquake']);
    const missing = missingTerms(drills, termsDue(terms, asOf));
    if (missing.length === 0) return;
    report({
      path: ['drills'],
      messageId: middleQuarterly ? 'middleMissing' : 'missing',
      data: { terms: listNames(missing.map(termLabel)), level: label, term: quarterly ? 'quarter' : 'semester' },
      hint: middleQuarterly
        ? `${logDrillHint('earthquake')} A district that counts middle schools as secondary can set drillPolicy.middleSchoolEarthquakeDrills: semester in cssp.config.yaml.`
        : logDrillHint('earthquake'),
    });
  },
});
