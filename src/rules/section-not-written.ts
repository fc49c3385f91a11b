import { adoptionDeadline } from '../plan/deadlines.js';
import { everySection, isNotWritten, SECTIONS } from '../plan/sections.js';
import { longDate } from '../util/long-date.js';
import { definePlanRule } from './types.js';

// `cssp new` marks each section of a new plan `status: not-written`, so `cssp check` lists exactly
// what is left to write. It is work in progress until the plan must be adopted (EC 32286(a)), and
// a plan adopted with a section missing is an incomplete plan after that.
export default definePlanRule({
  meta: {
    id: 'section-not-written',
    severity: 'error',
    citation: 'EC 32282(a); EC 32286(a)',
    description: 'No section (nor the site address) is still marked `status: not-written`: a warning until the adoption deadline (March 1), an error after it.',
    reading: { kind: 'statute', note: 'EC 32282(a) requires each section in the adopted plan, and EC 32286(a) sets adoption by March 1; the not-written marker is how cssp new lists what is left.' },
    messages: {
      addressNotWritten: "The site's street address is not filled in yet.{{due}}",
      sectionNotWritten: 'Section `{{key}}`{{about}} is not written yet.{{due}}',
    },
  },
  check({ plan, asOf, report }) {
    const deadline = adoptionDeadline(plan);
    const late = !!deadline && asOf > deadline.date;
    const when = late ? ' The adoption deadline has passed.' : deadline ? ` The plan is due by ${longDate(deadline.date)}.` : '';
    if (isNotWritten(plan.site?.address)) {
      report({
        path: ['site', 'address', 'status'],
        severity: late ? 'error' : 'warning',
        messageId: 'addressNotWritten', data: { due: when },
        hint: 'Write `street:`, `city:` and `zip:` under `address:` (responders and the printed plan need them), then remove `status: not-written`.',
      });
    }
    for (const { path, section } of everySection(plan.sections)) {
      if (!isNotWritten(section)) continue;
      const key = path.slice(1).join('.');
      const info = SECTIONS.find((s) => s.key === key);
      report({
        path: [...path, 'status'],
        severity: late ? 'error' : 'warning',
        messageId: 'sectionNotWritten', data: { key, about: info ? ` (${info.title}, ${info.citation})` : '', due: when },
        hint: 'Write it in `text:`, or name a district standard with `standard:` (a file in standards/), then remove `status: not-written`.',
      });
    }
  },
});
