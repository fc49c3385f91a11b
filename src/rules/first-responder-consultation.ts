import { agencySeverity, emsNote, RESPONDER_AGENCIES } from '../plan/agencies.js';
import { adoptedOn, adoptionDeadline } from '../plan/deadlines.js';
import { isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32281(b)(3): while writing the plan the council or committee consults law enforcement, the
// fire department and other first responders. EMS has the same severity here as in
// plan-distribution (src/plan/agencies.ts).

export default definePlanRule({
  meta: {
    id: 'first-responder-consultation',
    severity: 'error',
    citation: 'EC 32281(b)(3)',
    description:
      'Law enforcement and the fire department were consulted while the plan was written, before adoption; EMS too (a warning, or an error when requiredAgencies lists ems).',
    reading: {
      kind: 'interpretation',
      note: 'Law enforcement and fire are named by EC 32281(b)(3). EMS is read in from "other first-responder entities" and EC 32280, so it is a warning unless the district lists ems in requiredAgencies.',
      setting: 'requiredAgencies',
    },
    messages: {
      notConsultedAdopted: 'No consultation with {{agency}} is recorded. The plan is adopted, and first responders are consulted while it is written{{note}}.',
      notConsultedOverdue: 'No consultation with {{agency}} is recorded. The plan was due by {{deadline}}, and first responders are consulted while it is written{{note}}.',
      afterAdoption: 'This consultation ({{date}}) came after the plan was adopted on {{adopted}}; consult first responders while writing the plan, so their advice is in it.',
    },
  },
  check({ plan, config, asOf, report }) {
    // Consultation happens while the plan is written: demand it once the plan is adopted or overdue.
    const adopted = adoptedOn(plan);
    const deadline = adoptionDeadline(plan);
    const overdue = !adopted && deadline && asOf > deadline.date ? deadline : undefined;
    if (!adopted && !overdue) return;
    const list = Array.isArray(plan.consultations) ? plan.consultations : [];
    const types = new Set(list.map((c) => c?.type));
    for (const { type, name } of RESPONDER_AGENCIES) {
      if (types.has(type)) continue;
      report({
        path: ['consultations'],
        severity: agencySeverity(type, config),
        messageId: overdue ? 'notConsultedOverdue' : 'notConsultedAdopted',
        data: { agency: name, note: type === 'ems' ? emsNote(config) : '', ...(overdue ? { deadline: longDate(overdue.date) } : {}) },
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
          messageId: 'afterAdoption', data: { date: longDate(date), adopted: longDate(adopted) },
          hint: 'If the date is right, amend the plan with what the agency advised and record a new adoption; otherwise correct the date.',
        });
      }
    });
  },
});
