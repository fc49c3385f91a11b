// Ed Code citations in headings, old numbering and new alike. SB 719 (Stats. 2003, ch. 828)
// renumbered the safety plan article EC 35294-35294.8 to EC 32280-32288, keeping subdivisions, so
// "EC 35294.2(a)(2)" in an older template is EC 32282(a)(2). Other statutes a heading may cite
// name the section they are the policy for.
import { SECTIONS, type SectionKey } from '../plan/sections.js';

// "EC 32282(a)(2)(B)" -> crimeAssessment ..., from the section table (citations with a subdivision).
const BY_SUBDIVISION = new Map<string, SectionKey>(
  SECTIONS.filter((s) => /^EC \d+(\.\d+)?\(/.test(s.citation)).map((s) => [s.citation.slice(3), s.key]),
);
BY_SUBDIVISION.set('32282(a)(2)(K)', 'dangerousActivityReports');

// Statutes a section carries out (the policy a heading cites names the section).
const BY_STATUTE: Record<string, SectionKey> = {
  '48915': 'suspensionExpulsion',
  '48900': 'suspensionExpulsion',
  '49079': 'dangerousPupilNotice',
  '35183': 'dressCode',
  '35291': 'disciplineRules',
  '35291.5': 'disciplineRules',
  '200': 'discriminationHarassment',
  '220': 'discriminationHarassment',
  '234.1': 'discriminationHarassment',
  // Sexual harassment policy (EC 212.6(b)), as the SB 187 template titles that section.
  '212.6': 'discriminationHarassment',
  '11164': 'childAbuseReporting',
  '11166': 'childAbuseReporting',
  '32282.1': 'mentalHealthRoles',
  // The earthquake emergency procedure system was EC 35295-35297 before it joined EC 32282.
  '35295': 'earthquake',
  '35296': 'earthquake',
  '35297': 'earthquake',
};

// A section number after a code name (EC, E.C., Ed. Code, Education Code, Penal Code, PC, §), or a
// bare number of the safety plan article itself, then any subdivisions: (a)(2)(B)(i).
const CITED = /(?:\bE\.?\s?C\.?|\bEd(?:\.|ucation)?\s*Code|\bPenal\s+Code|\bP\.?\s?C\.?|§)\s*(?:§+\s*|sections?\s+)?(\d{3,5}(?:\.\d+)?)((?:\s*\([A-Za-z0-9]{1,4}\))*)|\b(3529[4-7](?:\.\d)?|3228\d(?:\.\d)?)((?:\s*\([A-Za-z0-9]{1,4}\))*)/gi;

/** 35294.2 -> 32282, 35294 -> 32280; other numbers unchanged. */
export function currentNumber(section: string): string {
  const old = /^35294(?:\.(\d))?$/.exec(section);
  return old ? `3228${old[1] ?? '0'}` : section;
}

/** The section a heading's citations point to: the most specific subdivision wins. */
export function sectionByCitation(heading: string): SectionKey | undefined {
  let best: { key: SectionKey; depth: number } | undefined;
  for (const m of heading.matchAll(CITED)) {
    const number = currentNumber(m[1] ?? m[3] ?? '');
    const subs = (m[2] ?? m[4] ?? '').replace(/\s+/g, '');
    // Try the full subdivision, then shorter ones: (a)(2)(B)(i)(I) still means earthquake.
    const parts = subs.match(/\([^)]+\)/g) ?? [];
    for (let n = parts.length; n >= 0; n--) {
      const key = n > 0 ? BY_SUBDIVISION.get(number + parts.slice(0, n).join('')) : BY_STATUTE[number];
      if (key) {
        if (!best || n > best.depth) best = { key, depth: n };
        break;
      }
    }
  }
  return best?.key;
}
