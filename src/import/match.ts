// Which plan section a heading of the old document is: --map first, then an Ed Code citation in
// it, then the section's own title or a wording the common templates use.
import { UsageError } from '../errors.js';
import { SECTIONS, type SectionKey } from '../plan/sections.js';
import { sectionByCitation } from './citations.js';

/** Where a heading goes: a section, or the unmapped file. */
export type Target = SectionKey | 'unmapped';

// Checked in order, so the narrower wording comes first (armed-assailant drills before tactical
// responses, reports of dangerous activity before dangerous pupils, earthquake before disaster,
// hate crimes before any other crime). A heading that only says "crime" is not enough: the crime
// assessment is the assessment, status or data of crime.
const WORDINGS: ReadonlyArray<readonly [RegExp, SectionKey]> = [
  [/armed[- ]assailant drill|lockdown drill/, 'armedAssailantDrills'],
  [/tactical|criminal incident|active (shooter|assailant)|armed (intruder|assailant)|intruder/, 'tacticalResponse'],
  [/child abuse|mandated report/, 'childAbuseReporting'],
  [/earthquake/, 'earthquake'],
  [/mass care|shelter agreement|red cross|public agenc(y|ies)|use of school (buildings|facilities)/, 'shelterAgreement'],
  [/wildfire|fire hazard severity/, 'wildfireEvacuation'],
  [/disaster|emergency (procedures|operations|response|preparedness)|crisis response|evacuation|lock-?down|shelter[- ]in[- ]place|duck and cover/, 'disasterProcedures'],
  [/suspension|expulsion/, 'suspensionExpulsion'],
  [/reports? of dangerous|dangerous, violent|violent,? or unlawful|threat assessment/, 'dangerousActivityReports'],
  [/dangerous (pupil|student)s?|notif(y|ying|ication of) teachers/, 'dangerousPupilNotice'],
  // Hate-crime reporting is part of the discrimination and harassment policy (EC 32282(a)(2)(E)).
  [/discrimination|harassment|bullying|hate[- ](crime|motivated|incident)/, 'discriminationHarassment'],
  [/dress code|gang[- ]related (apparel|attire)|uniform/, 'dressCode'],
  [/ingress|egress|arrival and dismissal|entering and (leaving|exiting)/, 'ingressEgress'],
  [/safe and orderly|orderly environment|school climate|conducive to learning/, 'safeEnvironment'],
  [/discipline|code of conduct|^school rules\b|^rules and (procedures|consequences)/, 'disciplineRules'],
  [/(assessment|status|statistics|data|summary) of (the )?(current )?(status of )?(school )?crime|crime (assessment|data|statistics|status|report(s|ing)? data)|school safety (data|assessment)|^assessment of (the )?current status/, 'crimeAssessment'],
  // CDE's planning guide wrote the strategies as action plans by component: people and programs, place.
  [/strateg(y|ies)|safety programs|people and programs|action plan|^place$/, 'safetyStrategies'],
  [/opioid|naloxone|narcan|overdose/, 'opioidOverdose'],
  [/cardiac|\baeds?\b|defibrillator|medical emergenc/, 'cardiacEmergency'],
  [/mental[- ]health|counselors?/, 'mentalHealthRoles'],
];

/** Lower case, single spaces, without a leading "3.", "IV.", "A)" or "Section 2:" numbering. */
export const normalizeHeading = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(section|part|chapter|article|component|element)?\s*\(?([0-9]+(\.[0-9]+)*|[ivxlc]+|[a-z])[.):]\s*/, '')
    .replace(/[:.]$/, '');

const BY_TITLE = new Map(SECTIONS.map((s) => [normalizeHeading(s.title), s.key]));

/** --map "Heading=sectionKey" (or =unmapped), checked once so a typo stops the run before anything is read. */
export function parseMaps(maps: readonly string[]): Map<string, Target> {
  const out = new Map<string, Target>();
  for (const entry of maps) {
    const at = entry.lastIndexOf('=');
    const heading = normalizeHeading(entry.slice(0, Math.max(at, 0)));
    const key = entry.slice(at + 1).trim();
    if (at < 0 || !heading) throw new UsageError(`--map "${entry}": write it as "Heading=sectionKey".`, 'For example: --map "Emergency Phone Tree=disasterProcedures"');
    if (key !== 'unmapped' && !SECTIONS.some((s) => s.key === key)) {
      throw new UsageError(`--map "${entry}": ${key} is not a plan section.`, `Sections: ${SECTIONS.map((s) => s.key).join(', ')}, or unmapped.`);
    }
    out.set(heading, key as Target);
  }
  return out;
}

/**
 * The section a heading is, or undefined when nothing says. A title that names its topic wins over
 * a citation beside it: "(B) Disaster Procedures (EC 35295-35297; GC 8607 and 3100)" cites the old
 * earthquake sections, but is the disaster procedures. A citation decides a title that names no
 * topic ("Policies pursuant to EC 48915(d)").
 */
export function matchHeading(heading: string, maps: ReadonlyMap<string, Target>): Target | undefined {
  const norm = normalizeHeading(heading);
  const mapped = maps.get(norm);
  if (mapped) return mapped;
  // The title without any citation: "Child Abuse Reporting Procedures (EC 35294.2(a)(2)(A))".
  const title = normalizeHeading(heading.replace(/\([^)]*\d[^)]*\)|\[[^\]]*\]|\b(E\.?C\.?|Education Code)\s*§?\s*[\d.]+\S*/gi, ' ').replace(/\s+/g, ' '));
  return BY_TITLE.get(title) ?? WORDINGS.find(([re]) => re.test(title))?.[1] ?? sectionByCitation(heading);
}
