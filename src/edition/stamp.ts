// The version stamp printed on every page: plan version, adoption date, render date, a short hash
// of what the edition prints, and the plan file's git commit when known.
import { createHash } from 'node:crypto';
import type { EditionView } from './view.js';

export interface VersionStamp {
  version: string | undefined;
  adopted: string | undefined;
  rendered: string;
  /** First 12 hex digits of the SHA-256 of the edition's printed content. */
  contentHash: string;
  commit: string | undefined;
}

/**
 * Hash of the view (everything the edition prints, maps included as data), not of the file:
 * editing a confidential section changes the full edition's hash but not the public one's, so
 * a recipient can tell whether the copy they hold is still current.
 * The record of distribution is left out: it is a record about the plan, and recording a delivery
 * must not make the copy just delivered look out of date (`cssp distribute` records this hash).
 * The record of changes is left out too: it is derived from last year's plan, another file, and
 * says nothing this plan does not.
 */
const RECORDS_ABOUT_THE_PLAN: ReadonlyArray<keyof EditionView> = ['distribution', 'changes'];

export function contentHash(view: EditionView): string {
  const content: Partial<EditionView> = { ...view };
  for (const key of RECORDS_ABOUT_THE_PLAN) delete content[key];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}

export function versionStamp(view: EditionView, rendered: string, commit: string | undefined): VersionStamp {
  return { version: view.version, adopted: view.adoption?.date, rendered, contentHash: contentHash(view), commit };
}

/** One line: "Version 2026-27.1 · adopted 2027-02-10 · printed 2027-02-12 · content 3f2a9c01d4e7 · git 1a2b3c4". */
export function stampLine(s: VersionStamp): string {
  return [
    `Version ${s.version ?? '(none)'}`,
    s.adopted ? `adopted ${s.adopted}` : 'not adopted',
    `printed ${s.rendered}`,
    `content ${s.contentHash}`,
    ...(s.commit ? [`git ${s.commit}`] : []),
  ].join(' · ');
}
