import type { DeepPartial } from '../plan/partial-plan.js';
import type { Member } from '../plan/types.generated.js';
import { definePlanRule, type Finding } from './types.js';

// Who writes the plan decides which list applies. A School Site Council that writes it itself is
// made up under EC 65000: the principal, teachers, other school personnel and parents (pupils at a
// secondary school are committee-pupil-member's business); nothing there asks for union members.
// A council that delegates to a school safety planning committee needs EC 32281(b)(2)'s list: the
// principal or designee, a parent, and a teacher and a classified employee who each represent their
// bargaining unit, so their `representing` must name it.
type Need = { roles: readonly string[]; who: string; union?: 'certificated' | 'classified' };

const COUNCIL: readonly Need[] = [
  { roles: ['principal'], who: 'the principal' },
  { roles: ['teacher'], who: 'teachers chosen by the teachers' },
  // "Other school personnel" may be a counselor or psychologist as well as classified staff.
  { roles: ['classified', 'other'], who: 'other school personnel chosen by the other school personnel' },
  { roles: ['parent'], who: 'parents of pupils at the school' },
];
const COMMITTEE: readonly Need[] = [
  { roles: ['principal'], who: "the principal or the principal's designee" },
  { roles: ['teacher'], who: 'a teacher who represents the certificated bargaining unit (the teachers\' union)', union: 'certificated' },
  { roles: ['parent'], who: 'a parent whose child attends the school' },
  { roles: ['classified'], who: 'a classified employee who represents the classified bargaining unit', union: 'classified' },
];

// What names a bargaining unit, when the config does not list the district's units: the words
// unions use in their names, or the well-known acronyms. A parent organisation (PTA, PTSA, PTO, a
// parents' or booster association) is never a bargaining unit, whatever its name says.
const UNION = /\b(union|association|federation|bargaining|employee organi[sz]ation|chapter|local \d+|CSEA|CTA|NEA|AFT|CFT|SEIU|Teamsters)\b/i;
const PARENT_ORGANISATION = /\b(PTA|PTSA|PTO|PTC|parent|parents|booster|boosters|home and school|family)\b/i;
const EXAMPLE = { certificated: 'Harbor Vista Teachers Association (certificated bargaining unit)', classified: 'CSEA Chapter 123 (classified bargaining unit)' };
const words = (s: string) => ` ${s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** Does this member's `representing` name the unit: one the config lists, or (none listed) a union-like name? */
function namesUnit(m: DeepPartial<Member>, listed: readonly string[] | undefined): boolean {
  if (typeof m.representing !== 'string' || PARENT_ORGANISATION.test(m.representing)) return false;
  if (listed?.length) return listed.some((unit) => words(m.representing!).includes(words(unit)));
  return UNION.test(m.representing);
}

export default definePlanRule({
  meta: {
    id: 'committee-composition',
    severity: 'error',
    citation: 'EC 32281(b)(2) (safety planning committee); EC 65000 (School Site Council)',
    description:
      'A School Site Council has the principal, teachers, other school personnel and parents (EC 65000); a delegated safety committee has the principal or designee, a parent, and a teacher and a classified employee whose `representing` names their bargaining unit (EC 32281(b)(2)).',
    reading: {
      kind: 'interpretation',
      note: 'EC 32281(b)(2) for a delegated safety committee; EC 65000 for a School Site Council that writes the plan itself (EC 32281(b)(1)). A representative\'s `representing` must name one of the units in district.bargainingUnits; without that list cssp accepts a union-like name, and never a parent organisation.',
      setting: 'district.bargainingUnits',
    },
    messages: {
      councilRoleMissing: 'The School Site Council has no member with role {{roles}}: EC 65000 makes the council up of {{who}}, among others.',
      committeeRoleMissing: 'The committee has no member with role `{{role}}`: EC 32281(b)(2) requires {{who}}.',
      noUnionRepresentative: 'No {{role}} member\'s `representing` names the {{union}} bargaining unit: EC 32281(b)(2) requires {{who}}.',
      noListedUnit: 'No {{role}} member\'s `representing` names the district\'s {{union}} bargaining unit ({{units}}): EC 32281(b)(2) requires {{who}}.',
    },
  },
  check({ plan, config, report }) {
    const raw = plan.committee?.members;
    const members = (Array.isArray(raw) ? raw : []).map((m, i) => ({ m: m ?? {}, i }));
    const council = plan.committee?.authoringBody === 'schoolsite-council';
    for (const need of council ? COUNCIL : COMMITTEE) {
      const holders = members.filter(({ m }) => typeof m.role === 'string' && need.roles.includes(m.role));
      const role = need.roles[0]!;
      if (holders.length === 0) {
        report({
          path: ['committee', 'members'],
          ...(council
            ? { messageId: 'councilRoleMissing', data: { roles: need.roles.map((r) => `\`${r}\``).join(' or '), who: need.who } }
            : { messageId: 'committeeRoleMissing', data: { role, who: need.who } }),
          hint: `Add a member under \`committee.members\` with \`name:\` and \`role: ${role}\`${need.union ? ' and `representing:` naming the bargaining unit' : ''}.`,
        });
        continue;
      }
      const listed = need.union && config?.district.bargainingUnits?.[need.union];
      if (!need.union || holders.some(({ m }) => namesUnit(m, listed || undefined))) continue;
      const first = holders[0]!;
      const finding: Finding = {
        path: ['committee', 'members', first.i, ...(first.m.representing === undefined ? [] : ['representing'])],
        ...(listed && listed.length
          ? { messageId: 'noListedUnit', data: { role, union: need.union, units: listed.join(' or '), who: need.who } }
          : { messageId: 'noUnionRepresentative', data: { role, union: need.union, who: need.who } }),
        hint: `Set \`representing:\` on the ${role} who represents the union, for example \`representing: ${listed && listed.length ? listed[0] : EXAMPLE[need.union]}\`.`,
      };
      report(finding);
    }
  },
});
