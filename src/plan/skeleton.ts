// A new plan with nothing carried forward: every section the site needs, each marked
// `status: not-written` (or pointing at the district standard of the same name when standards/
// has one), so `cssp check` lists exactly what is left to write.
import { commentSafe } from './comment-text.js';
import type { Document } from 'yaml';
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
  /** What the law's own entry says each of its sections must say (law/requirements.ts). */
  lawSays?: Readonly<Partial<Record<SectionKey, string>>>;
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
  [commentSafe(modeline), `# ${commentSafe(`${site.name} - Comprehensive School Safety Plan ${year}`)}`, `# ${commentSafe(districtName)}`, ...note.split('\n').map((l) => `# ${commentSafe(l)}`), ''].join('\n');

/** Long text as comment lines of at most ~96 characters, each with a leading space ("# text"). */
function commentLines(text: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of commentSafe(text).split(/\s+/)) {
    if (line && line.length + word.length > 92) {
      out.push(` ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(` ${line}`);
  return out;
}

/**
 * Comments that show a site lead what to write where: above each section not written yet, its
 * title, citation, what it says and the shape to fill; above the empty committee list, an example
 * entry; above the empty responder packet, its first fields.
 */
function annotate(doc: Document, notWritten: readonly string[], lawSays: SkeletonInput['lawSays']): void {
  const y = yamlLib();
  const sections = doc.get('sections', true);
  if (y.isMap(sections)) {
    for (const pair of sections.items) {
      const key = String(y.isScalar(pair.key) ? pair.key.value : pair.key);
      if (!notWritten.includes(key)) continue;
      const info = SECTIONS.find((s) => s.key === key);
      const says = lawSays?.[key as SectionKey] ?? info?.says;
      const keyNode = y.isScalar(pair.key) ? pair.key : doc.createNode(key);
      keyNode.commentBefore = [
        ` ${info?.title ?? key} (${info?.citation ?? ''})`,
        ...(says ? commentLines(says) : []),
        ` Write it under text: | (the lines below it indented), or name a district standard`,
        ` with standard: <file in standards/>; then remove status: not-written. For example:`,
        ...(key === 'dressCode'
          ? ['   dressCode:', '     adopted: false        # or true, with the dress code in text: or standard:', '     visibility: public']
          : [`   ${key}:`, '     text: |', '       Your procedure, in plain sentences.', '     visibility: public']),
      ].join('\n');
      pair.key = keyNode;
    }
  }
  const committee = doc.get('committee', true);
  if (y.isMap(committee)) {
    const members = committee.items.find((p) => y.isScalar(p.key) && p.key.value === 'members');
    if (members && y.isSeq(members.value) && members.value.items.length === 0 && y.isScalar(members.key)) {
      members.key.commentBefore = [' Each member is an entry that starts with "- " (remove the [] below first), for example:', '   members:', '     - name: Dana Lee', '       role: principal', '       title: Principal', ' Roles: principal, teacher, classified, parent, student, law-enforcement, fire, other.'].join('\n');
    }
  }
  const responder = doc.contents && y.isMap(doc.contents) ? doc.contents.items.find((p) => y.isScalar(p.key) && p.key.value === 'responder') : undefined;
  if (responder && y.isScalar(responder.key)) {
    responder.key.commentBefore = [' The packet for police, fire and EMS (remove the {} below first), for example:', '   responder:', '     contacts:', '       - name: Dana Lee', '         role: Principal / Incident Commander', '         phone: "(805) 555-0100"', '         available24x7: true', ' cssp check lists what else it needs: shut-offs, assembly and reunification sites, evacuation counts.'].join('\n');
  }
}

export function buildSkeleton(input: SkeletonInput): { text: string; fromStandards: string[]; notWritten: string[] } {
  const { plan, fromStandards, notWritten } = skeletonPlan(input);
  const doc = new (yamlLib().Document)(plan);
  annotate(doc, notWritten, input.lawSays);
  const body = doc.toString({ lineWidth: 0 });
  const header = planHeader(input.modeline, input.site, input.year, input.districtName, 'Started by `cssp new`. Sections marked `status: not-written` are still to write; `cssp check` lists them.');
  return { text: `${header}\n${body}`, fromStandards, notWritten };
}
