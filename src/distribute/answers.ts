// What `cssp distribute` needs: the site, the agency (its type from the plan's consultations or
// earlier deliveries), the edition and the date. Flags first; on a terminal, questions for the rest.
import { UsageError } from '../errors.js';
import { askSelect, askText } from '../io/prompts.js';
import { agencyKey } from '../plan/agencies.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import type { District } from '../district/save.js';
import type { Distribution, RegistrySite } from '../plan/types.generated.js';
import { suggest } from '../util/suggest.js';
import { validateDate } from '../plan/drill-answers.js';
import { EDITION_CONTENTS, EDITIONS } from '../plan/editions.js';

export const AGENCY_TYPES = ['law-enforcement', 'fire', 'ems', 'district', 'other'] as const;
const EXAMPLE = 'cssp distribute --site bayside-elementary --agency "Harbor Vista Police Department" --edition responder';

export interface DistributeFlags {
  site?: string;
  agency?: string;
  type?: string;
  edition?: string;
  date?: string;
  method?: string;
  receivedBy?: string;
}

interface Ctx {
  interactive: boolean;
  today: string;
}

const missing = (flag: string) =>
  new UsageError(`cssp distribute cannot ask (there is no terminal), and ${flag} was not given.`, `For example:\n  ${EXAMPLE}`);

export async function askSite(flags: DistributeFlags, district: District, ctx: Ctx): Promise<RegistrySite> {
  const active = district.config.sites.filter((s) => s.active !== false);
  let id = flags.site;
  if (id === undefined) {
    if (!ctx.interactive) throw missing('--site');
    id = await askSelect({ message: 'Which site?', choices: active.map((s) => ({ name: `${s.name} (${s.id})`, value: s.id })) });
  }
  const site = district.config.sites.find((s) => s.id === id);
  if (!site) {
    const near = suggest(id, active.map((s) => s.id));
    throw new UsageError(`--site ${id} is not in the site registry of cssp.config.yaml.`, `${near ? `Did you mean ${near}? ` : ''}Sites: ${active.map((s) => s.id).join(', ')}.`);
  }
  return site;
}

export async function askDate(flags: DistributeFlags, ctx: Ctx): Promise<string> {
  const valid = validateDate(ctx.today, 'record a delivery once it has been made');
  if (flags.date !== undefined) {
    const ok = valid(flags.date);
    if (ok !== true) throw new UsageError(`--date: ${ok}`);
    return flags.date.trim();
  }
  return ctx.interactive ? (await askText({ message: 'Date delivered (YYYY-MM-DD)?', default: ctx.today, validate: valid })).trim() : ctx.today;
}

/** Agencies the plan knows: consulted ones first, then those it was sent to before. */
export function knownAgencies(plan: PartialPlan): { agency: string; type: string }[] {
  const seen = new Set<string>();
  const out: { agency: string; type: string }[] = [];
  for (const entry of [...(plan.consultations ?? []), ...(plan.distribution ?? [])]) {
    const key = agencyKey(entry?.agency);
    if (!key || seen.has(key) || typeof entry?.type !== 'string') continue;
    seen.add(key);
    out.push({ agency: String(entry.agency).trim(), type: entry.type });
  }
  return out;
}

export async function askAgency(flags: DistributeFlags, plan: PartialPlan, ctx: Ctx): Promise<{ agency: string; type: Distribution['type'] }> {
  const known = knownAgencies(plan);
  let name = flags.agency;
  if (name === undefined) {
    if (!ctx.interactive) throw missing('--agency');
    const other = '\u0000other';
    name = await askSelect({ message: 'Which agency received it?', choices: [...known.map((k) => ({ name: `${k.agency} (${k.type})`, value: k.agency })), { name: 'Another agency…', value: other }] });
    if (name === other) name = await askText({ message: 'Agency name?', validate: (v) => (v.trim() ? true : 'give the agency name.') });
  }
  name = name.trim();
  if (!name) throw new UsageError('--agency is empty.', `For example:\n  ${EXAMPLE}`);
  const match = known.find((k) => agencyKey(k.agency) === agencyKey(name));
  const type = flags.type ?? match?.type;
  if (type === undefined) {
    if (!ctx.interactive) {
      const near = suggest(name, known.map((k) => k.agency));
      throw new UsageError(
        `${name} is not among the agencies consulted or sent this plan before, so its type is not known.`,
        near ? `Did you mean "${near}"? Otherwise give --type (${AGENCY_TYPES.join(', ')}).` : `Give --type (${AGENCY_TYPES.join(', ')}).`,
      );
    }
    return { agency: name, type: await askSelect({ message: `What kind of agency is ${name}?`, choices: AGENCY_TYPES.map((t) => ({ name: t, value: t })) }) };
  }
  if (!(AGENCY_TYPES as readonly string[]).includes(type)) throw new UsageError(`--type ${type} is not an agency type.`, `Use one of: ${AGENCY_TYPES.join(', ')}.`);
  // The name as the plan first wrote it, so the record matches the consultation.
  return { agency: match?.agency ?? name, type: type as Distribution['type'] };
}

export async function askEdition(flags: DistributeFlags, type: string, ctx: Ctx): Promise<Distribution['edition']> {
  const usual = type === 'district' ? 'full' : 'responder';
  const edition = flags.edition ?? (ctx.interactive ? await askSelect({ message: 'Which edition?', choices: EDITIONS.map((e) => ({ name: e, value: e, description: EDITION_CONTENTS[e] })), default: usual }) : usual);
  if (!(EDITIONS as readonly string[]).includes(edition)) throw new UsageError(`--edition ${edition} is not an edition.`, `Use one of: ${EDITIONS.join(', ')}.`);
  return edition as Distribution['edition'];
}
