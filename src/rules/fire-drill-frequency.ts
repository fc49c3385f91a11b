import { monthsDue, monthsInSession } from '../plan/calendar.js';
import {
  countedDrills, hasSchoolYear, heldBy, logDrillHint, missingMonths, monthList, shortfall, siteDrillLevel, type CountedDrill,
} from '../plan/drills.js';
import type { Calendar } from '../plan/types.generated.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule, type Finding } from './types.js';

type Shortfall = Omit<Finding, 'path'>;

// Fire drills by level (EC 32001; 5 CCR 550): elementary monthly; high twice a school year.
// Middle schools sit in a conflict: EC 32001 says four a school year, 5 CCR 550 says monthly for
// "each elementary and intermediate school". The regulation is stricter, so monthly is the default
// and drillPolicy.intermediateFireDrills: four-per-year lets a district follow the statute.
export default definePlanRule({
  meta: {
    id: 'fire-drill-frequency',
    severity: 'error',
    citation: 'EC 32001; 5 CCR 550',
    description:
      'Fire drills: elementary (and K-8, K-12) every calendar month; high twice a school year (an error once the year is over; no drill by the end of semester 1 is only a warning); ' +
      'middle monthly by default, because 5 CCR 550 (monthly) is stricter than EC 32001 (four a school year). ' +
      'A district may choose EC 32001 with drillPolicy.intermediateFireDrills: four-per-year (then pro-rated over the months in session).',
    reading: {
      kind: 'interpretation',
      note:
        'Elementary and high school counts are statute. Middle schools: EC 32001 (four a year) and 5 CCR 550 (monthly) conflict, and cssp follows the stricter regulation (drillPolicy.intermediateFireDrills); a district that chooses four a year still gets a warning for each month without a fire drill, citing 5 CCR 550. ' +
        "A high school's first drill by the end of semester 1 is cssp's spacing, not law: a warning, off with drillPolicy.highSchoolFireDrillBySemester1: false.",
      setting: 'drillPolicy.intermediateFireDrills; drillPolicy.highSchoolFireDrillBySemester1',
    },
    messages: {
      monthlyMissing: 'No fire drill logged in {{months}}. As {{level}}, this site holds a fire drill every month: EC 32001 and 5 CCR 550 require one every calendar month.',
      intermediateMonthlyMissing: 'No fire drill logged in {{months}}. As {{level}}, this site holds a fire drill every month: 5 CCR 550 requires monthly fire drills in intermediate schools, stricter than the four a year in EC 32001.',
      fourAYearShort: '{{shortfall}} logged so far this school year. The district follows EC 32001 (four a school year); spread over the {{inSession}} months in session, the {{ended}} that have ended call for at least {{expected}}.',
      yearShort: '{{shortfall}} logged in the school year that ended {{lastDay}}. A high school holds at least two a school year (EC 32001).',
      noneBySemester1: 'No fire drill logged by the end of {{semester}} ({{semesterEnd}}). A high school holds two a school year (EC 32001); cssp expects the first in the first semester.',
      regulationMonthly: 'No fire drill logged in {{months}}. The district follows EC 32001 (four a school year) for its intermediate schools, but 5 CCR 550 asks for a fire drill every month in elementary and intermediate schools (cssp\'s reading: the regulation applies whatever the district sets).',
    },
  },
  check({ plan, config, calendar, asOf, report }) {
    if (!hasSchoolYear(plan)) return;
    const { level, label } = siteDrillLevel(plan);
    const drills = countedDrills(plan, calendar, asOf, ['fire']);
    const fourPerYear = level === 'middle' && config?.drillPolicy?.intermediateFireDrills === 'four-per-year';
    const finding =
      level === 'high' ? twiceAYear(drills, calendar, asOf, config?.drillPolicy?.highSchoolFireDrillBySemester1 !== false)
      : fourPerYear ? fourAYear(drills, calendar, asOf)
      : monthly(drills, calendar, asOf, label, level === 'middle');
    if (finding) report({ path: ['drills'], ...finding });
    // A district setting cannot waive the regulation: with four a year, a month without a fire
    // drill is still reported, as a warning that names 5 CCR 550.
    if (fourPerYear) {
      const missing = missingMonths(drills, monthsDue(calendar, asOf));
      if (missing.length) {
        report({
          path: ['drills'], severity: 'warning', messageId: 'regulationMonthly', data: { months: monthList(missing) },
          hint: `${logDrillHint('fire')} 5 CCR 550 asks for one each month; drillPolicy.intermediateFireDrills: four-per-year changes only which count is an error.`,
        });
      }
    }
  },
});

function monthly(drills: CountedDrill[], calendar: Calendar, asOf: string, label: string, middle: boolean): Shortfall | undefined {
  const missing = missingMonths(drills, monthsDue(calendar, asOf));
  if (missing.length === 0) return undefined;
  return {
    messageId: middle ? 'intermediateMonthlyMissing' : 'monthlyMissing',
    data: { months: monthList(missing), level: label },
    hint: middle
      ? `${logDrillHint('fire')} A district that follows EC 32001 instead can set drillPolicy.intermediateFireDrills: four-per-year in cssp.config.yaml.`
      : logDrillHint('fire'),
  };
}

// EC 32001's four a school year, spread evenly over the months in session and rounded down, so a
// check in October asks for one drill and the full four are due only once the year is over.
function fourAYear(drills: CountedDrill[], calendar: Calendar, asOf: string): Shortfall | undefined {
  const inSession = monthsInSession(calendar).length;
  const ended = monthsDue(calendar, asOf).length;
  const expected = Math.floor((4 * ended) / Math.max(inSession, 1));
  if (drills.length >= expected) return undefined;
  return {
    messageId: 'fourAYearShort',
    data: { shortfall: shortfall(drills.length, 'fire drill'), inSession, ended, expected },
    hint: `${logDrillHint('fire')} The four-a-year count comes from drillPolicy.intermediateFireDrills in cssp.config.yaml; 5 CCR 550 would require one every month.`,
  };
}

// EC 32001 asks for two drills in the school year, so only a year that is over can break it. The
// first drill by the end of semester 1 is cssp's spacing, to catch a year left to the last week:
// a warning at most, and a district can turn it off.
function twiceAYear(drills: CountedDrill[], calendar: Calendar, asOf: string, bySemester1: boolean): Shortfall | undefined {
  const hint = `EC 32001 requires two a school year; cssp expects the first by the end of the first semester. ${logDrillHint('fire')}`;
  if (calendar.lastDay < asOf && drills.length < 2) {
    return {
      messageId: 'yearShort',
      data: { shortfall: shortfall(drills.length, 'fire drill'), lastDay: longDate(calendar.lastDay) },
      hint,
    };
  }
  const s1 = calendar.semesters?.[0];
  if (!bySemester1 || !s1 || s1.end >= asOf || heldBy(drills, s1.end) >= 1) return undefined;
  return {
    messageId: 'noneBySemester1',
    data: { semester: s1.name, semesterEnd: longDate(s1.end) },
    hint: `${hint} To drop this spacing check, set drillPolicy.highSchoolFireDrillBySemester1: false in cssp.config.yaml.`,
    severity: 'warning',
  };
}
