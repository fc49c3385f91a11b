import { familySource, languageName, requiredLanguages, translationState } from '../edition/family.js';
import { definePlanRule } from './types.js';

// EC 48985: where 15% or more of a school's pupils speak a primary language other than English
// (by the prior year's census), notices, reports, statements and records sent to the parents are
// written in that language too. The family edition is sent to parents; its school's own words
// (the plan's family block, the district's alert channels and contact labels) need a translation
// in each such language, made from today's English.
export default definePlanRule({
  meta: {
    id: 'family-translations',
    severity: 'warning',
    citation: 'EC 48985',
    description: 'The family edition has a current translation in every language 15% or more of the school\'s pupils speak (sites[].languages in cssp.config.yaml).',
    reading: {
      kind: 'statute',
      note: 'EC 48985 covers what is sent to parents: the family edition is, so it is held to it; the plan itself is posted for inspection, not sent, and is not. The shares are the prior year\'s census, as the district records them under sites[].languages.',
      setting: 'sites[].languages',
    },
    messages: {
      missing: '{{share}}% of the school\'s pupils speak {{language}}: the family edition needs a translation into it, and there is none (EC 48985).',
      incomplete: 'The {{language}} translation of the family edition lacks {{count}} of its strings ({{ids}}): they print in English (EC 48985).',
      stale: 'The {{language}} translation of the family edition is stale for {{count}} strings whose English changed ({{ids}}): they print in English until translated again (EC 48985).',
    },
  },
  check({ plan, config, calendar, asOf, translation, report }) {
    const siteId = typeof plan.site?.id === 'string' ? plan.site.id : undefined;
    // A year that has ended has sent what it sent: a translation made now would reach no one.
    if (!siteId || !translation || asOf > calendar.lastDay) return;
    const units = familySource(plan as never, config);
    if (units.length === 0) return; // only cssp's own catalog text: nothing of the school's to translate
    const path = plan.family ? ['family'] : ['site', 'id'];
    const hint = (language: string) => `cssp translate extract --site ${siteId} --lang ${language} writes what to translate; cssp translate import brings it back.`;
    for (const { language: code, share } of requiredLanguages(config, siteId)) {
      const stored = translation(code);
      const language = languageName(code);
      const { stale, missing } = translationState(units, stored);
      if (!stored) report({ path, messageId: 'missing', data: { language, share }, hint: hint(code) });
      else if (missing.length) report({ path, messageId: 'incomplete', data: { language, count: missing.length, ids: missing.join(', ') }, hint: hint(code) });
      if (stored && stale.length) report({ path, messageId: 'stale', data: { language, count: stale.length, ids: stale.join(', ') }, hint: hint(code) });
    }
  },
});
