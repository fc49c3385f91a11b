import type { DeepPartial } from '../plan/partial-plan.js';
import type { Distribution } from '../plan/types.generated.js';
import { adoptedOn } from '../plan/deadlines.js';
import { isoDateOf } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32281(b)(3): the adopted plan, and every update, is shared with law enforcement, the fire
// department and other first responders. The record of distribution shows who got which version.
const RECIPIENTS: ReadonlyArray<[type: string, name: string]> = [
  ['law-enforcement', 'law enforcement'],
  ['fire', 'the fire department'],
  ['ems', 'emergency medical services (EMS)'],
];

export default definePlanRule({
  meta: {
    id: 'plan-distribution',
    severity: 'error',
    citation: 'EC 32281(b)(3)',
    description: 'Once adopted, the current version of the plan (responder or full edition) went to law enforcement, fire and EMS.',
  },
  check({ plan, report }) {
    const adopted = adoptedOn(plan);
    if (!adopted) return;
    const version = typeof plan.version === 'string' ? plan.version : undefined;
    const list = Array.isArray(plan.distribution) ? plan.distribution : [];
    const entries = list.map((d, i) => ({ d: d ?? {}, i }));
    // Why an entry does not count, or undefined when it does.
    const fault = (d: DeepPartial<Distribution>): string | undefined => {
      const date = isoDateOf(d.date);
      if (d.edition === 'public') return 'it was the public edition, which leaves out the tactical and responder content; responders need the responder or full edition';
      if (!date) return 'it has no valid date';
      if (date < adopted) return `it was delivered on ${longDate(date)}, before this plan was adopted on ${longDate(adopted)}`;
      if (version !== undefined && d.version !== version)
        return `it was version ${d.version ?? '(not given)'}, and the plan is now version ${version}`;
      return undefined;
    };
    for (const [type, name] of RECIPIENTS) {
      const candidates = entries.filter((e) => e.d.type === type);
      if (candidates.some((e) => fault(e.d) === undefined)) continue;
      const what = `the adopted plan${version ? ` (version ${version})` : ''}`;
      const hint = `After delivering ${what}, add an entry under \`distribution:\` with \`agency:\`, \`type: ${type}\`, \`edition: responder\`${version ? `, \`version: ${version}\`` : ''} and \`date:\`.`;
      if (candidates.length === 0) {
        report({
          path: ['distribution'],
          message: `No record that ${what} was shared with ${name}. EC 32281(b)(3) requires sharing the plan and every update with first responders.`,
          hint,
        });
        continue;
      }
      const last = candidates.reduce((a, b) => ((isoDateOf(b.d.date) ?? '') >= (isoDateOf(a.d.date) ?? '') ? b : a));
      report({
        path: ['distribution', last.i],
        message: `The delivery to ${name}${last.d.agency ? ` (${last.d.agency})` : ''} does not count: ${fault(last.d)}. ${name.charAt(0).toUpperCase()}${name.slice(1)} must receive ${what}.`,
        hint,
      });
    }
  },
});
