import type { PartialPlan } from '../plan/partial-plan.js';
import type { DocPath } from '../plan/paths.js';
import { outsideCycle, planCycle } from '../plan/plan-cycle.js';
import { schoolYearOf } from '../plan/school-year.js';
import { isoDateOf } from '../util/iso-date.js';
import { definePlanRule } from './types.js';

// EC 32286(a) has each school adopt its plan every year, and EC 32288 ties the public meeting, its
// notices and the district's approval to that adoption; EC 32281(b)(3) has responders consulted
// while this plan is written and sent this plan. A record dated in another year's cycle belongs
// to another plan: usually last year's, copied forward. (committee.delegatedOn is left out: a
// council may delegate to a standing committee once, years before.)

interface DatedRecord {
  path: DocPath;
  what: string;
  date: unknown;
}

const list = <T>(value: T[] | undefined | null): T[] => (Array.isArray(value) ? value : []);
const named = (prefix: string, name: unknown) => (typeof name === 'string' && name.trim() ? `${prefix} ${name.trim()}` : prefix);

function records(plan: PartialPlan): DatedRecord[] {
  const meeting = plan.publicMeeting ?? undefined;
  return [
    ...list(plan.consultations).map((c, i) => ({ path: ['consultations', i, 'date'], what: named('Consultation with', c?.agency), date: c?.date })),
    { path: ['publicMeeting', 'date'], what: 'Public meeting date', date: meeting?.date },
    ...list(meeting?.notices).map((n, i) => ({ path: ['publicMeeting', 'notices', i, 'date'], what: named('Meeting notice to', n?.recipient), date: n?.date })),
    { path: ['adoption', 'date'], what: 'Adoption date', date: plan.adoption?.date },
    { path: ['approval', 'date'], what: 'Approval date', date: plan.approval?.date },
    ...list(plan.distribution).map((d, i) => ({ path: ['distribution', i, 'date'], what: named('Distribution to', d?.agency), date: d?.date })),
  ];
}

export default definePlanRule({
  meta: {
    id: 'record-dates-in-cycle',
    severity: 'error',
    citation: 'EC 32286(a); EC 32288; EC 32281(b)(3)',
    description: "Every dated governance record (consultations, the public meeting and its notices, adoption, approval, distribution) falls within the plan's school-year cycle: July 1 to June 30 unless cssp.config.yaml sets planCycle.",
    reading: {
      kind: 'interpretation',
      note: 'EC 32286(a) requires a plan adopted each year and EC 32288 the meeting and approval before it; cssp reads each school year\'s records as belonging to one cycle, July 1 to June 30 by default.',
      setting: 'planCycle',
    },
    messages: {
      beforeCycle: "{{record}} {{date}} is before {{window}}: it looks copied from last year's plan.",
      afterCycle: "{{record}} {{date}} is after {{window}}: it belongs to a later year's plan, or the date is mistyped.",
    },
  },
  check({ plan, config, report }) {
    const year = schoolYearOf(plan.schoolYear);
    if (!year) return;
    const cycle = planCycle(year, config);
    const window = `the ${year} plan cycle (${cycle.start} to ${cycle.end})`;
    for (const record of records(plan)) {
      const date = isoDateOf(record.date);
      const side = date && outsideCycle(date, cycle);
      if (!side) continue;
      report({
        path: record.path,
        messageId: side === 'before' ? 'beforeCycle' : 'afterCycle',
        data: { record: record.what, date, window },
        hint: `Record the date this year's step happened, between ${cycle.start} and ${cycle.end}; remove the record if the step has not happened yet this year. If your district's cycle runs on other dates, set \`planCycle\` in cssp.config.yaml.`,
      });
    }
  },
});
