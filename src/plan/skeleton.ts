// A new plan with nothing carried forward: every section the site needs, each marked
// `status: not-written` (or pointing at the district standard of the same name when standards/
// has one), so `cssp check` lists exactly what is left to write.
import { servesAnyGrade } from './grades.js';
import { SECTIONS, type SectionKey } from './sections.js';
import type { Member, RegistrySite } from './types.generated.js';
import { yamlLib } from './yaml-lib.js';

export interface SkeletonInput {
  site: RegistrySite;
  year: string;
  modeline: string;
  districtName: string;
  /** Names of the district standard sections (standards/<name>.md). */
  standards: ReadonlySet<string>;
  members: readonly Member[];
  meeting?: { date?: string; location?: string };
  /** Sections later laws ask of every plan written now (law/applies.ts sectionsInForce). */
  lawSections?: readonly SectionKey[];
}

/** childAbuseReporting -> child-abuse-reporting: the standard file a section uses by default. */
export const standardName = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The sections a new plan for this site starts with: every `always` section, the dress code statement, those the law asks now and those its grades need. */
export function sectionsFor(site: RegistrySite, lawSections: readonly SectionKey[] = []): SectionKey[] {
  const needed = (key: SectionKey) =>
    key === 'dressCode' || key === 'cardiacEmergency' || lawSections.includes(key) || (key === 'opioidOverdose' && servesAnyGrade(site.grades, 7, 12));
  return SECTIONS.filter((s) => s.requirement === 'always' || needed(s.key)).map((s) => s.key);
}

/** The skeleton as data (for cssp import to fill in) with the sections it marked. */
export function skeletonPlan(input: Omit<SkeletonInput, 'modeline' | 'districtName'>): { plan: SkeletonPlan; fromStandards: string[]; notWritten: string[] } {
  const { site, year } = input;
  const sections: Record<string, object> = {};
  const fromStandards: string[] = [];
  const notWritten: string[] = [];
  for (const key of sectionsFor(site, input.lawSections)) {
    const visibility = key === 'tacticalResponse' ? 'confidential' : 'public';
    const standard = standardName(key);
    if (key !== 'dressCode' && input.standards.has(standard)) {
      sections[key] = { standard, visibility };
      fromStandards.push(key);
    } else {
      sections[key] = { visibility, status: 'not-written' };
      notWritten.push(key);
    }
  }
  const { cdsCode, id, name, level, grades } = site;
  const plan: SkeletonPlan = {
    schemaVersion: 1,
    schoolYear: year,
    version: `${year}.0-draft`,
    site: { id, name, ...(cdsCode ? { cdsCode } : {}), level, grades, address: { status: 'not-written' } },
    committee: { authoringBody: 'schoolsite-council', members: [...input.members] },
    ...(input.meeting?.date && input.meeting.location ? { publicMeeting: { date: input.meeting.date, location: input.meeting.location } } : {}),
    sections,
    responder: {},
    drills: [],
  };
  return { plan, fromStandards, notWritten };
}

export interface SkeletonPlan {
  version: string;
  committee: { authoringBody: string; members: Member[] };
  sections: Record<string, object>;
  responder: Record<string, unknown>;
  [field: string]: unknown;
}

/** A plan's opening comment lines: the schema modeline, the school, the district, and how the plan began. */
export const planHeader = (modeline: string, site: RegistrySite, year: string, districtName: string, note: string): string =>
  [modeline, `# ${site.name} - Comprehensive School Safety Plan ${year}`, `# ${districtName}`, ...note.split('\n').map((l) => `# ${l}`), ''].join('\n');

export function buildSkeleton(input: SkeletonInput): { text: string; fromStandards: string[]; notWritten: string[] } {
  const { plan, fromStandards, notWritten } = skeletonPlan(input);
  const body = yamlLib().stringify(plan, { lineWidth: 0 });
  const header = planHeader(input.modeline, input.site, input.year, input.districtName, 'Started by `cssp new`. Sections marked `status: not-written` are still to write; `cssp check` lists them.');
  return { text: `${header}\n${body}`, fromStandards, notWritten };
}
