import type { Severity } from '../diagnostic.js';
import type { Consultation } from '../plan/types.generated.js';
import { adoptedOn, adoptionDeadline } from '../plan/deadlines.js';
import { isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32281(b)(3): while writing the plan the council or committee consults law enforcement, the
// fire department and other first responders. EMS is a warning: EC 32280 names emergency medical
// services among the first responders only from 2025.
const AGENCIES: ReadonlyArray<[type: Consultation['type'], name: string, severity: Severity]> = [
  ['law-enforcement', 'law enforcement (the police department or sheriff)', 'error'],
  ['fire', 'the fire department', 'error'],
  ['ems', 'emergency medical services (EMS)', 'warning'],
];

export default definePlanRule({
  meta: {
    id: 'first-responder-consultation',
    severity: 'error',
    citation: 'EC 32281(b)(3)',
    description: 'Law enforcement and the fire department (and EMS, a warning) were consulted while the plan was written, before adoption.',
  },
  check({ plan, asOf, report }) {
    // Consultation happens while the plan is written: demand it once the plan is adopted or overdue.
    const adopted = adoptedOn(plan);
    const deadline = adoptionDeadline(plan);
    const overdue = !adopted && deadline && asOf > deadline.date ? deadline : undefined;
    if (!adopted && !overdue) return;
    const when = overdue ? `The plan was due by ${longDate(overdue.date)}` : 'The plan is adopted';
    const list = Array.isArray(plan.consultations) ? plan.consultations : [];
    const types = new Set(list.map((c) => c?.type));
    for (const [type, name, severity] of AGENCIES) {
      if (types.has(type)) continue;
      report({
        path: ['consultations'],
        severity,
        message: `No consultation with ${name} is recorded. ${when}, and first responders are consulted while it is written${type === 'ems' ? ' (EC 32280 names EMS from 2025)' : ''}.`,
        hint: `Add an entry under \`consultations:\` with \`agency:\`, \`type: ${type}\` and the \`date:\` you met or corresponded.`,
      });
    }
    if (!adopted) return;
    list.forEach((c, i) => {
      const date = isoDateOf(c?.date);
      if (date && date > adopted) {
        report({
          path: ['consultations', i, 'date'],
          severity: 'warning',
          message: `This consultation (${longDate(date)}) came after the plan was adopted on ${longDate(adopted)}; consult first responders while writing the plan, so their advice is in it.`,
          hint: 'If the date is right, amend the plan with what the agency advised and record a new adoption; otherwise correct the date.',
        });
      }
    });
  },
});
