// Assembled document -> the plan text, the unmapped file and the map files. What the document
// cannot say (meeting, adoption, drills, consultations) is left out for `cssp check` to list.
import { htmlCommentSafe } from '../plan/comment-text.js';
import { sectionsInForce } from '../law/applies.js';
import { springYear } from '../plan/school-year.js';
import { planHeader, skeletonPlan } from '../plan/skeleton.js';
import { SECTIONS, type SectionKey } from '../plan/sections.js';
import type { Map as PlanMap, RegistrySite } from '../plan/types.generated.js';
import { yamlLib } from '../plan/yaml-lib.js';
import type { Assembled } from './assemble.js';
import type { DocImage } from './convert.js';

export interface ImportInput {
  site: RegistrySite;
  year: string;
  modeline: string;
  districtName: string;
  standards: ReadonlySet<string>;
  /** The .docx file name, for the notes. */
  source: string;
  date: string;
  unmappedName: string;
}

export interface MapFile {
  /** Relative to the plan's folder: maps/<site>-import-1.png */
  file: string;
  image: number;
  /** Only PNG, JPEG and SVG can be listed under responder.maps; others are extracted for someone to convert. */
  listed: boolean;
  title: string;
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg', 'image/gif': 'gif', 'image/bmp': 'bmp', 'image/tiff': 'tif', 'image/x-emf': 'emf', 'image/x-wmf': 'wmf' };

export function mapFiles(a: Assembled, images: readonly DocImage[], siteId: string): MapFile[] {
  return a.images.map(({ image, under }, i) => {
    const ext = EXTENSIONS[images[image]?.contentType ?? ''] ?? 'bin';
    const title = images[image]?.altText ?? (under ? `${under} (image ${i + 1})` : `Image ${i + 1} of the imported plan`);
    return { file: `maps/${siteId}-import-${i + 1}.${ext}`, image, listed: ['png', 'jpg', 'svg'].includes(ext), title };
  });
}

export function buildImportPlan(a: Assembled, files: readonly MapFile[], input: ImportInput): { text: string; written: SectionKey[]; notWritten: string[]; fromStandards: string[] } {
  const lawSections = sectionsInForce(input.date, `${springYear(input.year)}-06-30`);
  const { plan, notWritten, fromStandards } = skeletonPlan({ site: input.site, year: input.year, standards: input.standards, members: a.members, lawSections });
  plan.version = `${input.year}.0-imported`;
  if (a.safetyCommittee) plan.committee.authoringBody = 'safety-committee';
  const written: SectionKey[] = [];
  const sections: Record<string, object> = {};
  for (const { key } of SECTIONS) {
    const text = (a.sections.get(key) ?? []).join('\n\n').trim();
    // Tactical responses are kept out of the public edition until reviewed (EC 32281 lets them be confidential).
    const visibility = key === 'tacticalResponse' ? 'confidential' : 'public';
    // Whether the school adopted a gang-apparel dress code is a yes or no the text cannot give:
    // the section stays marked not written, with its text, until someone sets adopted.
    if (text) sections[key] = key === 'dressCode' ? { status: 'not-written', text, visibility } : { text, visibility };
    else if (plan.sections[key]) sections[key] = plan.sections[key];
    if (text) written.push(key);
  }
  plan.sections = sections;
  // Maps often show evacuation routes and door numbers: responders only, until someone reviews them.
  const maps: PlanMap[] = files.filter((f) => f.listed).map((f) => ({ title: f.title, file: f.file, visibility: 'responder' }));
  plan.responder = { ...(a.contacts.length ? { contacts: a.contacts } : {}), ...(maps.length ? { maps } : {}) };
  const body = yamlLib().stringify(plan, { lineWidth: 0 });
  const note = [
    `Imported by \`cssp import\` from ${input.source} on ${input.date}. Review every section before adoption:`,
    'text is as the document had it; tactical responses are confidential, the rest public until reviewed.',
    `What could not be placed is in ${input.unmappedName}. \`cssp check\` lists what is left (meeting, adoption, drills).`,
  ].join('\n');
  return { text: `${planHeader(input.modeline, input.site, input.year, input.districtName, note)}\n${body}`, written, ...missing(notWritten, fromStandards, written) };
}

/** The unmapped file: a note, then what was not placed, under its original headings. */
export function unmappedText(a: Assembled, source: string, planName: string): string {
  const note = `<!-- ${htmlCommentSafe(`Imported by cssp import from ${source}: the parts of the document no plan section matched, under their original headings. Move each into ${planName} (or re-import with --map "Heading=sectionKey"), then delete this file.`)} -->`;
  return `${note}\n\n${a.unmapped.join('\n\n')}\n`;
}

/** The sections the document lacked: marked not written, or taken from the district's standards. */
const missing = (notWritten: string[], fromStandards: string[], written: readonly string[]) => ({
  notWritten: notWritten.filter((k) => !written.includes(k)),
  fromStandards: fromStandards.filter((k) => !written.includes(k)),
});
