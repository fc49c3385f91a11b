// What one edition prints: a plain object built by edition.ts from the plan. Templates read only
// this, so what an edition may show is decided in one place, in code, and hashed as printed.
import type { Adoption, Approval, Consultation, Contact, Distribution, Hazard, Member, Place, PublicMeeting, Site, Utility, Visibility } from '../plan/types.generated.js';

import type { Edition } from '../plan/editions.js';
import type { DrawnMap } from './drawn-map.js';
import type { QuickSheet } from './quick-sheet.js';

export { EDITIONS, EDITION_TITLES, type Edition } from '../plan/editions.js';

/** A section as printed: its Markdown, or a note that it was withheld from this edition. */
export interface SectionView {
  key: string;
  title: string;
  citation: string;
  visibility: Visibility;
  /** Markdown blocks in print order: the district standard, then the site's text. */
  markdown: string[];
  /** Set when the section exists but this edition leaves it out. */
  withheld?: boolean;
  /** Dress code: "not adopted" is content too. */
  notAdopted?: boolean;
  /** The section is still marked not-written or has no text: the reader sees it is a gap. */
  notWritten?: boolean;
}

/** A public line or inbox: the value alone, or with the label printed beside it. */
export type PublicLine = string | { label: string; value: string };

export interface MapView {
  title: string;
  /** data: URI of the image (never a file or network address). */
  src: string | undefined;
  /** The image's size in its own coordinates, when it could be read. */
  size?: { width: number; height: number };
  /** Grid, markers, north arrow and feature index (responder and full editions, maps with an id). */
  drawn?: DrawnMap;
  /** Why the image is not shown (missing file, unsupported type). */
  problem?: string;
}

export interface PlacesView {
  title: string;
  places: Place[];
  /** A place every packet needs (assembly, reunification) that the plan does not list. */
  notOnFile?: boolean;
}

/** A utility row; `notOnFile` stands for a required shut-off or panel the plan does not locate. */
export type UtilityView = Utility | { kind: Utility['kind']; notOnFile: true };

export interface EditionView {
  edition: Edition;
  editionTitle: string;
  district: string | undefined;
  schoolYear: string;
  version: string | undefined;
  site: Site;
  /** Page 1 of the responder edition: the one-page quick sheet. */
  quickSheet?: QuickSheet;
  /** Responder cover: 24/7 and key-holder contacts; responder and full only. */
  contacts: Contact[];
  /** Responder and full: no contact is marked 24/7, so the cover says so instead of staying silent. */
  no24x7Contact: boolean;
  /** Office lines and inboxes from cssp.config.yaml publicContacts: public edition only. */
  publicLines: PublicLine[];
  utilities: UtilityView[];
  places: PlacesView[];
  hazards: Hazard[];
  evacuationAssistance: { pupils: number; staff: number; notes?: string } | 'not-on-file' | undefined;
  responseProtocol: string | undefined;
  maps: MapView[];
  /** Maps left out of this edition (their count, so the reader knows). */
  mapsWithheld: number;
  sections: SectionView[];
  adoption: Adoption | undefined;
  approval: Approval | undefined;
  publicMeeting: Pick<PublicMeeting, 'date' | 'location'> | undefined;
  /** Full edition only. */
  committee: Member[];
  consultations: Consultation[];
  distribution: Distribution[];
  /**
   * Full edition only, when the site has a plan for the school year before: what changed since
   * it, as cssp diff says it (never confidential text). Derived from another file, so it is a
   * record about the plan and left out of the content hash, as the distribution record is.
   */
  changes: RecordOfChanges | undefined;
}

export interface RecordOfChanges {
  /** The school year compared with. */
  from: string;
  items: { area: string; text: string }[];
}
