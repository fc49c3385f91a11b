// The law as dated data: each requirement a statute added to the plan, with its source, when it
// took effect, when a plan must include it, when it lapses, how cssp reads it and what the plan
// must say. Rules decide whether a requirement applies to a plan from these dates and the plan's
// own (law/applies.ts), never from school years written into code, so next year's law is an
// entry here and a rule. The skeleton of `cssp new`, `cssp rules --since` and docs/rules.md read
// the same entries.
//
// Sources: the Legislative Counsel's digests of the chaptered bills, and client alerts that
// summarise them (for example Liebert Cassidy Whitmore on SB 98 and SB 323). Where a chapter number
// or the subdivision letter a bill added to EC 32282 is not confirmed, the entry says so.
import type { SectionKey } from '../plan/sections.js';

export interface LawSource {
  bill: string;
  /** The author, where the sources name one. */
  author?: string;
  /** Year of the statutes it was chaptered in. */
  year: number;
  /** Chapter number, when confirmed. */
  chapter?: number;
  /** The sections it amends, as cited in findings (no letter where none is confirmed). */
  citation: string;
}

export interface Requirement {
  /** kebab-case; the rule that checks it has the same id. */
  id: string;
  title: string;
  source: LawSource;
  /** When the statute took effect (YYYY-MM-DD). */
  effective: string;
  /**
   * A plan reviewed (adopted) on or after this date must include it; the default is `effective`.
   * AB 2887, in force on January 1, 2025, applies to plans reviewed from July 1, 2025.
   */
  reviewedFrom?: string;
  /** Every plan includes it by this date, reviewed or not (YYYY-MM-DD), when the statute sets one. */
  dueBy?: string;
  /** The first day it no longer applies (a repeal date), when it has one. */
  lapses?: string;
  /** The plan section where the plan says it. */
  section?: SectionKey;
  /** Every plan has the section once the requirement applies (not only some schools: grades, drills). */
  everyPlan?: boolean;
  /** Two or three plain sentences on what the plan must say: the skeleton, the editor and the docs show them. */
  says: string;
  /** What cssp reads into the text, if anything (no entry: the requirement is checked as the sources state it). */
  reading?: string;
}

export const REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'dangerous-activity-reports',
    title: 'Reports of dangerous, violent or unlawful activity',
    source: { bill: 'SB 671', author: 'Portantino', year: 2023, citation: 'EC 32282, letter unverified (SB 671, 2023)' },
    effective: '2024-01-01',
    section: 'dangerousActivityReports',
    everyPlan: true,
    says:
      'How the school assesses and responds to reports of dangerous, violent or unlawful activity that is happening or threatened at the school, ' +
      'at a school-sponsored activity or on a school bus: who receives a report, who assesses it, and what is done next. ' +
      'Written with law enforcement, fire and other first responders, as the rest of the plan is.',
  },
  {
    id: 'disability-adaptations',
    title: 'Disaster-procedure adaptations for pupils with disabilities',
    source: { bill: 'SB 323', author: 'Portantino', year: 2023, chapter: 599, citation: 'EC 32282(a)(2)(B); EC 32288 (SB 323, 2023)' },
    effective: '2024-01-01',
    section: 'disabilityAdaptations',
    everyPlan: true,
    says:
      'How the disaster procedures are adapted for pupils with disabilities under the ADA, IDEA and Section 504 (evacuation help, equipment, staff assigned), ' +
      'reviewed each year with the plan (record the date in `reviewed:`). ' +
      "Say that a parent, guardian, pupil or employee with a concern about a pupil's access to the procedures brings it to the principal.",
    reading: 'Each year is read as the plan\'s own cycle: the review date falls within the cycle of the plan\'s school year (planCycle).',
  },
  {
    id: 'opioid-protocol',
    title: 'Opioid overdose protocol (grades 7-12)',
    source: { bill: 'SB 10', author: 'Cortese', year: 2023, citation: 'EC 32282, letter unverified (SB 10, 2023)' },
    effective: '2024-01-01',
    section: 'opioidOverdose',
    says: 'For a school serving any of grades 7-12: how staff recognise an opioid overdose, where naloxone is kept, who may give it, and calling 911.',
  },
  {
    id: 'armed-assailant-procedures',
    title: 'Armed-assailant drill procedures',
    source: { bill: 'AB 1858', year: 2024, chapter: 530, citation: 'EC 32282, letter unverified (AB 1858, 2024)' },
    effective: '2025-01-01',
    section: 'armedAssailantDrills',
    says:
      'Where the school prepares for an armed assailant by drills: parents told the week of the drill and again the same day after it, ' +
      'an announcement at the start that it is a drill, age-appropriate content, support resources afterwards, and no simulated gunfire.',
  },
  {
    id: 'cardiac-emergency',
    title: 'Sudden cardiac arrest and medical emergencies',
    source: { bill: 'AB 2887', year: 2024, citation: 'EC 32282, letter unverified (AB 2887, 2024)' },
    effective: '2025-01-01',
    reviewedFrom: '2025-07-01',
    section: 'cardiacEmergency',
    everyPlan: true,
    says: 'What staff do in a sudden cardiac arrest or a similar life-threatening medical emergency: who calls 911, who brings the AED, who starts CPR, and where the AEDs are.',
    reading: 'The review is the adoption date (a plan not yet adopted is being reviewed now).',
  },
  {
    id: 'immigration-enforcement-notice',
    title: 'Notice of immigration enforcement on the schoolsite',
    source: { bill: 'SB 98', author: 'Pérez', year: 2025, citation: 'EC 32282, letter unverified (SB 98, 2025)' },
    effective: '2025-09-20',
    dueBy: '2026-03-01',
    lapses: '2031-01-01',
    section: 'immigrationEnforcementNotice',
    everyPlan: true,
    says:
      'How the school notifies parents and guardians, teachers, administrators and school personnel when it confirms the presence of immigration enforcement on the schoolsite. ' +
      'The district decides the content and timing of the notice, putting pupils\' safety first; the notice carries no personally identifiable information.',
    reading: 'An urgency statute: in force on 2025-09-20, in the plan at its next review and in every plan by March 1, 2026; repealed on January 1, 2031.',
  },
  {
    id: 'child-protection',
    title: 'Supervising and protecting children from abuse and sex offenses',
    source: { bill: 'SB 848', author: 'Pérez', year: 2025, chapter: 460, citation: 'EC 32282(a)(1), (a)(2)(A), letter of the new procedures unverified (SB 848, 2025)' },
    effective: '2026-01-01',
    dueBy: '2026-07-01',
    section: 'childProtection',
    everyPlan: true,
    says:
      'Procedures designed to supervise and protect children from child abuse or neglect and from sex offenses, beside the procedures for reporting it. ' +
      'The crime assessment covers all crime committed on campus and at school-related functions, not only school crime (confirm with `allCrime: true`).',
  },
];

export const requirementById = (id: string): Requirement => {
  const found = REQUIREMENTS.find((r) => r.id === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
};
