import { agencyKey, agencySeverity, emsNote, RESPONDER_AGENCIES } from '../plan/agencies.js';
import type { DeepPartial } from '../plan/partial-plan.js';
import type { Distribution } from '../plan/types.generated.js';
import { adoptedOn } from '../plan/deadlines.js';
import { isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32281(b)(3): the adopted plan, and every update, is shared with the first responders that
// were consulted while writing it. So every agency in `consultations:` must be in the record of
// distribution, whatever its type; and law enforcement and fire (EMS as in
// first-responder-consultation) must be there even when the consultation record is missing.
export default definePlanRule({
  meta: {
    id: 'plan-distribution',
    severity: 'error',
    citation: 'EC 32281(b)(3)',
    description:
      'Once adopted, the current version of the plan (responder or full edition) went to every agency consulted, and to law enforcement and fire; EMS too (a warning, or an error when EMS was consulted or requiredAgencies lists ems).',
    reading: {
      kind: 'interpretation',
      note: 'Sharing with every entity consulted is statute. A missing delivery to EMS when EMS was not consulted is read in from EC 32280: a warning unless the district lists ems in requiredAgencies.',
      setting: 'requiredAgencies',
    },
    messages: {
      notShared: 'No record that {{what}} was shared with {{agency}}. EC 32281(b)(3) requires sharing the plan and every update with the first responders{{consulted}}{{note}}.',
      deliveryDoesNotCount: 'The delivery to {{agency}}{{recordedAs}} does not count: {{fault}}. {{Agency}} must receive {{what}}.',
      consultedNotShared: '{{agency}} was consulted while the plan was written, and no record shows it received {{what}}. EC 32281(b)(3) requires sharing the plan and every update with each first responder consulted.',
    },
  },
  check({ plan, config, report }) {
    const adopted = adoptedOn(plan);
    if (!adopted) return;
    const version = typeof plan.version === 'string' ? plan.version : undefined;
    const list = Array.isArray(plan.distribution) ? plan.distribution : [];
    const entries = list.map((d, i) => ({ d: d ?? {}, i }));
    const consulted = Array.isArray(plan.consultations) ? plan.consultations.map((c) => c ?? {}) : [];
    // Why an entry does not count, or undefined when it does.
    const fault = (d: DeepPartial<Distribution>): string | undefined => {
      const date = isoDateOf(d.date);
      if (d.edition === 'public') return 'it was the public edition, which leaves out the tactical and responder content; responders need the responder or full edition';
      if (!date) return 'it has no valid date';
      if (date < adopted) return `it was delivered on ${longDate(date)}, before this plan was adopted on ${longDate(adopted)}`;
      if (version !== undefined && d.version !== version) return `it was version ${d.version ?? '(not given)'}, and the plan is now version ${version}`;
      return undefined;
    };
    const what = `the adopted plan${version ? ` (version ${version})` : ''}`;
    const hintFor = (type: string) =>
      `After delivering ${what}, add an entry under \`distribution:\` with \`agency:\`, \`type: ${type}\`, \`edition: responder\`${version ? `, \`version: ${version}\`` : ''} and \`date:\`.`;
    const reported = new Set<string>();

    for (const { type, name } of RESPONDER_AGENCIES) {
      const candidates = entries.filter((e) => e.d.type === type);
      if (candidates.some((e) => fault(e.d) === undefined)) continue;
      reported.add(type);
      const wasConsulted = consulted.some((c) => c.type === type);
      // An agency that was consulted must get the plan, EMS included.
      const severity = wasConsulted ? 'error' : agencySeverity(type, config);
      if (candidates.length === 0) {
        report({
          path: ['distribution'],
          severity,
          messageId: 'notShared', data: { what, agency: name, consulted: wasConsulted ? ' that were consulted' : '', note: type === 'ems' && !wasConsulted ? emsNote(config) : '' },
          hint: hintFor(type),
        });
        continue;
      }
      const last = candidates.reduce((a, b) => ((isoDateOf(b.d.date) ?? '') >= (isoDateOf(a.d.date) ?? '') ? b : a));
      report({
        path: ['distribution', last.i],
        severity,
        messageId: 'deliveryDoesNotCount',
        data: { agency: name, recordedAs: last.d.agency ? ` (${last.d.agency})` : '', fault: fault(last.d), Agency: `${name.charAt(0).toUpperCase()}${name.slice(1)}`, what },
        hint: hintFor(type),
      });
    }

    // Every other agency consulted (a second police agency, a county OES) gets the plan too.
    const seen = new Set<string>();
    consulted.forEach((c) => {
      const key = agencyKey(c.agency);
      if (!key || seen.has(key) || (typeof c.type === 'string' && reported.has(c.type))) return;
      seen.add(key);
      if (entries.some((e) => agencyKey(e.d.agency) === key && fault(e.d) === undefined)) return;
      report({
        path: ['distribution'],
        messageId: 'consultedNotShared', data: { agency: String(c.agency), what },
        hint: hintFor(typeof c.type === 'string' ? c.type : 'other'),
      });
    });
  },
});
