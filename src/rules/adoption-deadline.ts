import { adoptedOn, adoptionDeadline, type Deadline } from '../plan/deadlines.js';
import { planCycle } from '../plan/plan-cycle.js';
import { schoolYearOf } from '../plan/school-year.js';
import { daysBetween } from '../util/iso-date.js';
import { plural } from '../util/plural.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32286(a): each school adopts its plan by March 1 every year; a new campus within one year of
// opening.

const why = (d: Deadline) =>
  d.opened
    ? `a new campus adopts its first plan within one year of opening (opened ${longDate(d.opened)}), so by ${longDate(d.date)}`
    : `the plan must be adopted by ${longDate(d.date)}`;

export default definePlanRule({
  meta: {
    id: 'adoption-deadline',
    severity: 'error',
    citation: 'EC 32286(a)',
    description: 'The plan is adopted by March 1 of the school year (a new campus: within one year of opening).',
    reading: { kind: 'statute', note: 'EC 32286(a): adopted by March 1 each year; a new campus within one year of opening.' },
    messages: {
      adoptedLate: 'The plan was adopted on {{adopted}}, too late: {{why}}.',
      notAdoptedStale: 'The plan has not been adopted this year (the adoption date {{stale}} is before the {{year}} plan cycle began on {{cycleStart}}) and the deadline has passed: {{why}}.',
      notAdopted: 'The plan has not been adopted and the deadline has passed: {{why}}.',
      dueSoon: 'The plan is due by {{deadline}} ({{days}}) and is not adopted yet.',
    },
  },
  check({ plan, config, asOf, report }) {
    const deadline = adoptionDeadline(plan);
    const year = schoolYearOf(plan.schoolYear);
    if (!deadline || !year) return;
    const start = planCycle(year, config).start;
    const recorded = adoptedOn(plan);
    // An adoption dated before this year's cycle is last year's (record-dates-in-cycle reports the
    // date itself): it does not adopt this plan, so the deadline is checked as if none were recorded.
    const stale = recorded !== undefined && recorded < start ? recorded : undefined;
    const adopted = stale ? undefined : recorded;
    if (adopted) {
      if (adopted > deadline.date) {
        report({
          path: ['adoption', 'date'],
          messageId: 'adoptedLate', data: { adopted: longDate(adopted), why: why(deadline) },
          hint: 'Check the date against the council or committee minutes. If it is right, adopt on time next year; the district reports late plans to CDE (EC 32288(c)).',
        });
      }
      return;
    }
    const days = daysBetween(asOf, deadline.date);
    if (days < 0) {
      report({
        path: stale ? ['adoption', 'date'] : ['adoption'],
        ...(stale
          ? { messageId: 'notAdoptedStale', data: { stale: longDate(stale), year, cycleStart: longDate(start), why: why(deadline) } }
          : { messageId: 'notAdopted', data: { why: why(deadline) } }),
        hint: 'Hold the public meeting, adopt the plan, then add `adoption:` with `date:` (and `body:`, `vote:`).',
      });
    } else if (days <= 30) {
      report({
        path: ['adoption'],
        severity: 'info',
        messageId: 'dueSoon', data: { deadline: longDate(deadline.date), days: plural(days, 'day') },
        hint: 'Schedule the public meeting and the adoption vote; then add `adoption:` with `date:`.',
      });
    }
  },
});
