// The family edition: what parents and guardians need in an emergency, from the plan's `family`
// block (public by definition), the district's alert channels and its public contacts, never from
// the responder packet or a section the public edition withholds. Pure: the plan, the config, a
// translation and the language's catalog in, the view out.
//
// Each English string the plan or config gives is a translation unit with the hash of its text.
// A translation records the hash it was made from; when the English changes, the hash differs and
// the translation is stale (as gettext marks a message fuzzy): the edition then prints the English
// with a visible note, never an outdated translation, unless stale translations are allowed.
import { hash } from 'node:crypto';
import type { Translation } from '../plan/translations.js';
import type { DistrictConfig, Family, Plan } from '../plan/types.generated.js';

export type { Translation };

/** The parts of the family block, in the order the edition prints them. */
export const FAMILY_PARTS = ['notification', 'reunification', 'lockdown', 'evacuation', 'shelterInPlace', 'drills', 'contact'] as const;
export type FamilyPart = (typeof FAMILY_PARTS)[number];

/** Languages by BCP 47 code, in English, for messages (the catalogs carry their own names). */
const LANGUAGE_NAMES: Record<string, string> = {
  es: 'Spanish', vi: 'Vietnamese', 'zh-Hans': 'Chinese (Simplified)', 'zh-Hant': 'Chinese (Traditional)', zh: 'Chinese', ko: 'Korean', tl: 'Tagalog',
  pa: 'Punjabi', ar: 'Arabic', ru: 'Russian', hmn: 'Hmong', hy: 'Armenian', fa: 'Persian', ja: 'Japanese', km: 'Khmer', pt: 'Portuguese', uk: 'Ukrainian',
};
export const languageName = (code: string): string => (LANGUAGE_NAMES[code] ? `${LANGUAGE_NAMES[code]} (${code})` : code);

/** EC 48985: notices go to parents in their primary language where 15% or more of pupils speak it. */
export const LANGUAGE_THRESHOLD = 15;

export interface SourceUnit {
  id: string;
  /** The English text (Markdown for the plan's parts). */
  text: string;
  /** The first 12 hex digits of its SHA-256: what a translation was made from. */
  hash: string;
}

// crypto.hash: one call, no Hash object (this runs for every section of every plan in a check).
export const sourceHash = (text: string): string => hash('sha256', text.trim(), 'hex').slice(0, 12);

/** Every English string the family edition prints that is the district's or the school's own. */
export function familySource(plan: Pick<Plan, 'family'>, config: DistrictConfig | undefined): SourceUnit[] {
  const units: SourceUnit[] = [];
  const add = (id: string, text: string | undefined) => {
    if (typeof text === 'string' && text.trim()) units.push({ id, text: text.trim(), hash: sourceHash(text) });
  };
  (config?.familyAlerts ?? []).forEach((a, i) => {
    add(`alerts.${i}.channel`, a.channel);
    add(`alerts.${i}.detail`, a.detail);
  });
  const family: Family = plan.family ?? {};
  for (const part of FAMILY_PARTS) add(`family.${part}`, family[part]);
  (config?.publicContacts?.phones ?? []).forEach((p, i) => add(`contacts.phones.${i}.label`, typeof p === 'object' ? p.label : undefined));
  (config?.publicContacts?.emails ?? []).forEach((e, i) => add(`contacts.emails.${i}.label`, typeof e === 'object' ? e.label : undefined));
  return units;
}

/**
 * What the family edition says, as a 12-digit content hash: its English strings (the catalog's
 * wording is cssp's, not the plan's). cssp distribute records it like the other editions' hashes.
 */
export const familyContentHash = (plan: Pick<Plan, 'family'>, config: DistrictConfig | undefined): string =>
  sourceHash(familySource(plan, config).map((u) => `${u.id} ${u.hash}`).join('\n'));

export type UnitState = 'current' | 'stale' | 'missing';

export function unitState(unit: SourceUnit, translation: Translation | undefined): UnitState {
  const t = translation?.units[unit.id];
  if (!t || !t.text.trim()) return 'missing';
  return t.sourceHash === unit.hash ? 'current' : 'stale';
}

/** current: every unit translated from today's English; stale: some from older English; missing: none or some not at all. */
export function translationState(units: readonly SourceUnit[], translation: Translation | undefined): { state: UnitState; stale: string[]; missing: string[] } {
  const states = units.map((u) => ({ id: u.id, s: unitState(u, translation) }));
  const stale = states.filter((x) => x.s === 'stale').map((x) => x.id);
  const missing = states.filter((x) => x.s === 'missing').map((x) => x.id);
  return { state: !translation || missing.length ? 'missing' : stale.length ? 'stale' : 'current', stale, missing };
}

/** The languages at or over the threshold for a site, largest share first. */
export function requiredLanguages(config: DistrictConfig | undefined, siteId: string): { language: string; share: number }[] {
  const site = config?.sites?.find((s) => s.id === siteId);
  return Object.entries(site?.languages ?? {})
    .filter(([, share]) => share >= LANGUAGE_THRESHOLD)
    .map(([language, share]) => ({ language, share }))
    .sort((a, b) => b.share - a.share);
}

/** The catalog cssp ships for a language (assets/catalogs/family/<lang>.json). */
export interface Catalog {
  language: string;
  name: string;
  englishName: string;
  dir: 'ltr' | 'rtl';
  review: { state: string; note: string };
  strings: Record<string, string>;
  /** The language the strings are in, when not the catalog's own (a language cssp has no catalog for: en). */
  stringsLang?: string;
}

/** A passage as printed: its text, the language it is in, and whether it stands in for a stale or missing translation. */
export interface Passage {
  text: string;
  lang: string;
  fallback?: 'stale' | 'missing';
}

export interface FamilyView {
  lang: string;
  dir: 'ltr' | 'rtl';
  catalog: Catalog;
  school: { name: string; address?: string };
  district?: string;
  schoolYear: string;
  alerts: { channel: Passage; detail?: Passage }[];
  parts: { part: FamilyPart; heading: string; body: Passage; fromCatalog: boolean }[];
  contacts: { label?: Passage; value: string }[];
  /** Passages printed in English because their translation is stale or missing. */
  fallbacks: number;
}

export function familyView(input: { plan: Plan; config: DistrictConfig | undefined; catalog: Catalog; english: Catalog; translation?: Translation; allowStale?: boolean }): FamilyView {
  const { plan, config, catalog, english } = input;
  const lang = catalog.language;
  const byId = new Map(familySource(plan, config).map((u) => [u.id, u]));
  let fallbacks = 0;
  const passage = (id: string): Passage | undefined => {
    const unit = byId.get(id);
    if (!unit) return undefined;
    if (lang === 'en') return { text: unit.text, lang };
    const state = unitState(unit, input.translation);
    if (state === 'current' || (state === 'stale' && input.allowStale)) return { text: input.translation!.units[id]!.text, lang };
    fallbacks++;
    return { text: unit.text, lang: 'en', fallback: state === 'stale' ? 'stale' : 'missing' };
  };
  const say = (key: string) => catalog.strings[key] ?? english.strings[key] ?? key;
  const a = plan.site.address;
  const address = a && a.street ? [a.street, a.city, [a.state ?? 'CA', a.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ') : undefined;
  const alerts = (config?.familyAlerts ?? []).map((_, i) => ({ channel: passage(`alerts.${i}.channel`)!, ...(byId.has(`alerts.${i}.detail`) ? { detail: passage(`alerts.${i}.detail`) } : {}) }));
  const parts = FAMILY_PARTS.map((part) => {
    const own = passage(`family.${part}`);
    return { part, heading: say(part), body: own ?? { text: say(`default.${part}`), lang: catalog.stringsLang ?? lang }, fromCatalog: !own };
  });
  const contacts = [
    ...(config?.publicContacts?.phones ?? []).map((p, i) => ({ value: typeof p === 'object' ? p.number : p, ...(typeof p === 'object' && p.label ? { label: passage(`contacts.phones.${i}.label`) } : {}) })),
    ...(config?.publicContacts?.emails ?? []).map((e, i) => ({ value: typeof e === 'object' ? e.address : e, ...(typeof e === 'object' && e.label ? { label: passage(`contacts.emails.${i}.label`) } : {}) })),
  ];
  return {
    lang, dir: catalog.dir, catalog,
    school: { name: plan.site.name, ...(address ? { address } : {}) },
    district: config?.district?.name, schoolYear: plan.schoolYear,
    alerts, parts, contacts, fallbacks,
  };
}
