// Decides what each edition prints. Pure: the plan and the district's inputs in, the view out.
// public: public sections and maps only (a map without a visibility counts as responder), no
// responder packet; withheld sections leave a visible note (EC 32281).
// responder: the packet (contacts, utilities, sites, hazards, counts) and public + responder sections.
// full: everything, with the committee, consultations and the record of distribution.
// A draft prints its gaps: what the packet must hold and does not says "Not on file", and a section
// not written says "Not yet written", so no reader takes silence for "there is none".
import { SECTIONS } from '../plan/sections.js';
import { REQUIRED_UTILITIES } from '../plan/utilities.js';
import { DEFAULT_GRID, type Grid } from '../plan/responder-map.js';
import { drawnMap } from './drawn-map.js';
import { quickSheet } from './quick-sheet.js';
import type { Plan, Section, Utility, Visibility } from '../plan/types.generated.js';
import { EDITION_TITLES, type Edition, type EditionView, type MapView, type PlacesView, type PublicLine, type RecordOfChanges, type SectionView, type UtilityView } from './view.js';

export interface EditionInputs {
  plan: Plan;
  district?: string;
  /** publicContacts from cssp.config.yaml: the only numbers and inboxes the public edition prints. */
  publicLines: readonly PublicLine[];
  /** The titles of the district's own sections (localSections in cssp.config.yaml), by key. */
  localTitles?: Readonly<Record<string, string>>;
  /** A district standard section's Markdown, or undefined when standards/<name>.md is missing. */
  standardText: (name: string) => string | undefined;
  /** A map file (relative to the plan) as a data: URI, or why it cannot be shown. */
  mapImage: (file: string) => Omit<MapView, 'title'>;
  /** The district's grid over responder maps (responderMaps.grid). */
  grid?: Grid;
  /** The full edition's record of changes from last year's plan (render/record-of-changes.ts); made only when asked. */
  recordOfChanges?: () => RecordOfChanges | undefined;
}

/** May `edition` print content marked `visibility`? Missing visibility counts as responder. */
export function canPrint(edition: Edition, visibility: Visibility | undefined): boolean {
  const v = visibility ?? 'responder';
  if (edition === 'full') return true;
  if (edition === 'responder') return v !== 'confidential';
  return v === 'public';
}

export function editionView(edition: Edition, inputs: EditionInputs): EditionView {
  const { plan } = inputs;
  const r = plan.responder ?? {};
  const packet = edition !== 'public';
  const full = edition === 'full';
  const maps = r.maps ?? [];
  const shownMaps = maps.filter((m) => canPrint(edition, m.visibility));
  const places: PlacesView[] = packet
    ? [
      { title: 'On-site assembly areas', places: r.assemblyAreas ?? [], notOnFile: !r.assemblyAreas?.length || undefined },
      { title: 'Off-site evacuation sites', places: r.evacuationSites ?? [] },
      { title: 'Reunification sites', places: r.reunificationSites ?? [], notOnFile: !r.reunificationSites?.length || undefined },
      { title: 'Staging areas', places: r.stagingAreas ?? [] },
      { title: 'Incident command post', places: r.commandPost ? [r.commandPost] : [] },
    ].filter((p) => p.places.length > 0 || p.notOnFile)
    : [];
  const mapViews: MapView[] = shownMaps.map((m) => {
    const { size, ...image } = inputs.mapImage(m.file);
    // Markers show responder features: never on the public edition, whatever the map's visibility.
    // (The size stays out of the view unless cssp draws on the map: what is printed is what is hashed.)
    const drawn = packet && image.src && size && typeof m.id === 'string' ? drawnMap(m.id, m.orientation, size, inputs.grid ?? DEFAULT_GRID, r) : undefined;
    return { title: m.title, ...image, ...(drawn ? { drawn } : {}) };
  });
  const assistance = r.evacuationAssistance;
  const counted = assistance && Number.isInteger(assistance.pupils) && Number.isInteger(assistance.staff);
  const contacts = r.contacts ?? [];
  return {
    edition,
    editionTitle: EDITION_TITLES[edition],
    district: inputs.district,
    schoolYear: plan.schoolYear,
    version: plan.version,
    site: plan.site,
    contacts: packet ? contacts : [],
    no24x7Contact: packet && !contacts.some((c) => c.available24x7 === true),
    publicLines: edition === 'public' ? [...inputs.publicLines] : [],
    utilities: packet ? utilityViews(r.utilities ?? []) : [],
    places,
    hazards: packet ? (r.hazards ?? []) : [],
    // Counts and where, never names (the schema and pupil-names-in-notes keep names out of notes).
    evacuationAssistance: !packet ? undefined : counted ? { pupils: assistance.pupils, staff: assistance.staff, notes: assistance.notes } : 'not-on-file',
    responseProtocol: packet ? r.responseProtocol : undefined,
    maps: mapViews,
    // Only when the plan has something drawn or listed for it: a plan without buildings or positions keeps its cover.
    ...(edition === 'responder' && (mapViews.some((m) => m.drawn) || r.buildings?.length) ? { quickSheet: quickSheet(plan, mapViews) } : {}),
    mapsWithheld: maps.length - shownMaps.length,
    sections: sectionViews(edition, inputs),
    adoption: plan.adoption,
    approval: plan.approval,
    publicMeeting: plan.publicMeeting && { date: plan.publicMeeting.date, location: plan.publicMeeting.location },
    committee: full ? plan.committee.members : [],
    consultations: full ? (plan.consultations ?? []) : [],
    distribution: full ? (plan.distribution ?? []) : [],
    changes: full ? inputs.recordOfChanges?.() : undefined,
  };
}

/** The plan's rows, then one "Not on file" row for each required kind it does not locate. */
function utilityViews(utilities: readonly Utility[]): UtilityView[] {
  const located = new Set(utilities.map((u) => u.kind));
  return [...utilities, ...REQUIRED_UTILITIES.filter((k) => !located.has(k)).map((kind) => ({ kind, notOnFile: true as const }))];
}

function sectionViews(edition: Edition, { plan, standardText, localTitles }: EditionInputs): SectionView[] {
  const out: SectionView[] = [];
  // The statutory sections in their order, then the district's own (sections.local), in the plan's order.
  const local = Object.entries(plan.sections.local ?? {}).map(([key, section]) => ({
    info: { key: `local.${key}`, title: localTitles?.[key] ?? key, citation: 'District section' }, section,
  }));
  const all = [...SECTIONS.map((info) => ({ info, section: plan.sections[info.key] })), ...local];
  for (const { info, section: found } of all) {
    const section = found as (Section & { adopted?: boolean }) | undefined;
    if (!section) continue;
    const base = { key: info.key, title: section.title ?? info.title, citation: info.citation, visibility: section.visibility };
    if (!canPrint(edition, section.visibility)) {
      // The title and citation stay: the reader sees that the element exists and why it is absent.
      out.push({ ...base, title: info.title, markdown: [], withheld: true });
      continue;
    }
    const markdown: string[] = [];
    if (section.standard) {
      const text = standardText(section.standard);
      markdown.push(text ?? `*The district standard section "${section.standard}" was not found in standards/.*`);
    }
    if (section.text) markdown.push(section.text);
    if (section.siteText) markdown.push(section.siteText);
    const notAdopted = section.adopted === false ? true : undefined;
    const notWritten = !notAdopted && (section.status === 'not-written' || markdown.every((m) => m.trim() === '')) ? true : undefined;
    out.push({ ...base, markdown: notWritten ? [] : markdown, notAdopted, notWritten });
  }
  return out;
}
