import { agencyDeliveries } from '../plan/deliveries.js';
import { adoptedOn } from '../plan/deadlines.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// EC 32281(b)(3): the plan and every update are shared with the first responders. A delivery
// recorded by `cssp distribute` holds the content hash of the edition sent; when the plan no
// longer prints that content, the agency holds an out-of-date copy. Hashes, not git history, so
// this works in a shallow CI clone. A new version label with no new delivery is plan-distribution's
// finding once the plan is adopted; this rule does not repeat it.
export default definePlanRule({
  meta: {
    id: 'distribution-current',
    severity: 'warning',
    citation: 'EC 32281(b)(3)',
    description:
      'Each agency consulted (and law enforcement and fire) holds what the plan says now: the content hash recorded with its last delivery matches what that edition prints today.',
    reading: {
      kind: 'statute',
      note: 'EC 32281(b)(3) requires sharing the plan and every update with the first responders. Whether a copy is current is decided by the content hash that cssp distribute records; deliveries recorded without one are judged by version only (plan-distribution).',
    },
    messages: {
      changedSinceDelivery: 'The plan has changed since {{agency}} received {{sentVersion}}{{onDate}}: the {{edition}} edition then printed content {{sentHash}}, and now prints {{nowHash}}. EC 32281(b)(3) requires sharing every update with the first responders.',
    },
  },
  check({ plan, config, printedHash, report }) {
    const version = typeof plan.version === 'string' ? plan.version : undefined;
    const adopted = adoptedOn(plan) !== undefined;
    for (const d of agencyDeliveries(plan, config, printedHash)) {
      if (d.state !== 'changed' || !d.last || !(d.consulted || d.required)) continue;
      const { last } = d;
      if (adopted && version !== undefined && last.version !== version) continue;
      const edition = last.edition ?? 'responder';
      const sentVersion = last.version ? `version ${last.version}` : 'the plan';
      report({
        path: ['distribution', last.index, 'contentHash'],
        messageId: 'changedSinceDelivery', data: { agency: d.agency, sentVersion, onDate: last.date ? ` on ${longDate(last.date)}` : '', edition, sentHash: last.contentHash ?? '', nowHash: printedHash(edition) ?? '(unknown)' },
        hint: `When the change is final, give the plan a new \`version:\`, send the ${edition} edition again and record it: cssp distribute${typeof plan.site?.id === 'string' ? ` --site ${plan.site.id}` : ''} --agency "${d.agency}" --edition ${edition}.`,
      });
    }
  },
});
