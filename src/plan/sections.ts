// The plan sections the statute names, in the order a plan prints them. Rules, docs and the
// renderer read this table, so a section's title and citation are written once. Where no source
// confirms a section's subdivision letter (after (J), and the 2023-2024 additions) the citation
// says "letter unverified" rather than guess one.
import type { Sections } from './types.generated.js';

export type SectionKey = keyof Sections;

export interface SectionInfo {
  key: SectionKey;
  title: string;
  citation: string;
  /** always: every plan (required-sections); conditional: a rule decides (grades, drills, the law's dates, config); optional: encouraged only. */
  requirement: 'always' | 'conditional' | 'optional';
  /** What the section says, in a sentence, for the site lead (sections later laws added: the law's own entry says it). */
  says?: string;
}

export const SECTIONS: readonly SectionInfo[] = [
  { key: 'crimeAssessment', title: 'Assessment of school crime', citation: 'EC 32282(a)(1)', requirement: 'always', says: 'The current status of crime on campus and at school-related functions: the data reviewed (suspensions, referrals, police calls, surveys) and what it means for this plan.' },
  { key: 'safetyStrategies', title: 'Safety strategies and programs', citation: 'EC 32282(a)(2)', requirement: 'always', says: 'The strategies and programs that keep the school safe, chosen from the assessment.' },
  { key: 'childAbuseReporting', title: 'Child abuse reporting procedures', citation: 'EC 32282(a)(2)(A)', requirement: 'always', says: 'How staff report suspected child abuse or neglect (Penal Code 11164 et seq.): who reports, to whom, and how fast.' },
  { key: 'childProtection', title: 'Supervising and protecting children from abuse and sex offenses', citation: 'EC 32282, letter unverified (SB 848, 2025)', requirement: 'conditional' },
  { key: 'disasterProcedures', title: 'Disaster procedures, routine and emergency', citation: 'EC 32282(a)(2)(B)', requirement: 'always', says: 'Routine and emergency procedures for disasters: fire, earthquake, flood, hazardous materials, and who does what.' },
  { key: 'disabilityAdaptations', title: 'Disaster-procedure adaptations for pupils with disabilities', citation: 'EC 32282(a)(2)(B) (SB 323, 2023)', requirement: 'conditional' },
  { key: 'earthquake', title: 'Earthquake emergency procedure system', citation: 'EC 32282(a)(2)(B)(i)', requirement: 'always', says: 'The earthquake emergency procedure system: the building disaster plan, the drop procedure, protective measures and staff and pupil training.' },
  { key: 'shelterAgreement', title: 'Public agency use of school buildings for mass care', citation: 'EC 32282(a)(2)(B)(ii)', requirement: 'always', says: 'How a public agency such as the American Red Cross may use the school as a mass-care shelter in a disaster.' },
  { key: 'suspensionExpulsion', title: 'Suspension and expulsion policies', citation: 'EC 32282(a)(2)(C)', requirement: 'always', says: 'The suspension and expulsion policies (EC 48900 et seq., 48915).' },
  { key: 'dangerousPupilNotice', title: 'Notifying teachers of dangerous pupils', citation: 'EC 32282(a)(2)(D)', requirement: 'always', says: 'How teachers are told about pupils who have committed acts that are grounds for suspension or expulsion (EC 49079).' },
  { key: 'discriminationHarassment', title: 'Discrimination and harassment policy', citation: 'EC 32282(a)(2)(E)', requirement: 'always', says: 'The discrimination and harassment policy (EC 200 et seq.), including hate-crime reporting.' },
  { key: 'dressCode', title: 'Dress code (gang-related apparel)', citation: 'EC 32282(a)(2)(F)', requirement: 'conditional', says: 'Whether the school adopted a dress code prohibiting gang-related apparel (EC 35183): write adopted: true or false.' },
  { key: 'ingressEgress', title: 'Safe ingress and egress', citation: 'EC 32282(a)(2)(G)', requirement: 'always', says: 'How pupils, parents and staff arrive and leave safely: gates, supervision, traffic and visitors.' },
  { key: 'safeEnvironment', title: 'Safe and orderly environment', citation: 'EC 32282(a)(2)(H)', requirement: 'always', says: 'How the school keeps a safe and orderly environment conducive to learning.' },
  { key: 'disciplineRules', title: 'School discipline rules and procedures', citation: 'EC 32282(a)(2)(I)', requirement: 'always', says: 'The school discipline rules and procedures (EC 35291, 35291.5).' },
  { key: 'tacticalResponse', title: 'Tactical responses to criminal incidents', citation: 'EC 32282(a)(2)(J)', requirement: 'always', says: 'Tactical responses to criminal incidents, including a person with a gun on campus, developed with law enforcement (usually confidential).' },
  { key: 'dangerousActivityReports', title: 'Reports of dangerous, violent or unlawful activity', citation: 'EC 32282, letter unverified (SB 671, 2023)', requirement: 'conditional' },
  { key: 'immigrationEnforcementNotice', title: 'Notice of immigration enforcement on the schoolsite', citation: 'EC 32282, letter unverified (SB 98, 2025)', requirement: 'conditional' },
  { key: 'opioidOverdose', title: 'Opioid overdose protocol', citation: 'EC 32282, letter unverified (SB 10, 2023)', requirement: 'conditional' },
  { key: 'cardiacEmergency', title: 'Sudden cardiac arrest and medical emergencies', citation: 'EC 32282, letter unverified (AB 2887, 2024)', requirement: 'conditional' },
  { key: 'armedAssailantDrills', title: 'Armed-assailant drill procedures', citation: 'EC 32282, letter unverified (AB 1858, 2024)', requirement: 'conditional' },
  { key: 'wildfireEvacuation', title: 'Wildfire communication and evacuation plan', citation: 'District policy (AB 2968, 2024, not enacted as far as found)', requirement: 'conditional', says: 'How families are told and where pupils go when a wildfire threatens the campus.' },
  { key: 'mentalHealthRoles', title: 'Roles of mental-health professionals and police', citation: 'EC 32282.1', requirement: 'optional', says: 'The roles of mental-health professionals, counselors, school resource officers and police (encouraged).' },
];

/** Marked `status: not-written` (a new plan's sections are, until someone writes them). */
export const isNotWritten = (section: { status?: string } | undefined): boolean => section?.status === 'not-written';

/**
 * A section has content when it has non-blank text or names a district standard. A section marked
 * not written counts too: section-not-written reports it, once, with a severity that follows the
 * adoption deadline, instead of every rule that needs the section reporting it as missing.
 */
export function hasContent(section: { text?: string; standard?: string; status?: string } | undefined): boolean {
  return !!section && (isNotWritten(section) || !!section.text?.trim() || !!section.standard?.trim());
}

/**
 * Every section of a plan with its path: the statutory ones under `sections`, and the district's
 * own under `sections.local`. Rules that look at every section (public text, standards, what is
 * left to write) go through this, so a district section is never skipped.
 */
export function everySection(sections: unknown): { path: (string)[]; section: Record<string, unknown> }[] {
  const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isRecord(sections)) return [];
  const out: { path: string[]; section: Record<string, unknown> }[] = [];
  for (const [key, section] of Object.entries(sections)) {
    if (key === 'local' && isRecord(section)) {
      for (const [name, own] of Object.entries(section)) if (isRecord(own)) out.push({ path: ['sections', 'local', name], section: own });
    } else if (isRecord(section)) {
      out.push({ path: ['sections', key], section });
    }
  }
  return out;
}
