import { adoptedOn, adoptionDeadline, yearStart, type Deadline } from '../plan/deadlines.js';
import { daysBetween } from '../util/iso-date.js';
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
  },
  check({ plan, asOf, report }) {
    const deadline = adoptionDeadline(plan);
    const start = yearStart(plan);
    if (!deadline || !start) return;
    const adopted = adoptedOn(plan);
    if (adopted) {
      if (adopted > deadline.date) {
        report({
          path: ['adoption', 'date'],
          message: `The plan was adopted on ${longDate(adopted)}, too late: ${why(deadline)}.`,
          hint: 'Check the date against the council or committee minutes. If it is right, adopt on time next year; the district reports late plans to CDE (EC 32288(c)).',
        });
      } else if (adopted < start) {
        report({
          path: ['adoption', 'date'],
          severity: 'warning',
          message: `The adoption date ${longDate(adopted)} is before the ${plan.schoolYear} school year began (${longDate(start)}); it may be last year's adoption.`,
          hint: `Record the date this year's plan was adopted, between ${longDate(start)} and ${longDate(deadline.date)}.`,
        });
      }
      return;
    }
    const days = daysBetween(asOf, deadline.date);
    if (days < 0) {
      report({
        path: ['adoption'],
        message: `The plan has not been adopted and the deadline has passed: ${why(deadline)}.`,
        hint: 'Hold the public meeting, adopt the plan, then add `adoption:` with `date:` (and `body:`, `vote:`).',
      });
    } else if (days <= 30) {
      report({
        path: ['adoption'],
        severity: 'info',
        message: `The plan is due by ${longDate(deadline.date)} (${days} day${days === 1 ? '' : 's'}) and is not adopted yet.`,
        hint: 'Schedule the public meeting and the adoption vote; then add `adoption:` with `date:`.',
      });
    }
  },
});
