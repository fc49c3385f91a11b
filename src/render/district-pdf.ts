// The combined district PDF of one edition: a cover with contents (page numbers of the combined
// document), then each site's own PDF, bookmarked per site.
import { renderFront } from './html.js';
import { mergeWithOutline, pageCount } from './merge.js';
import type { Printer } from './pdf.js';
import { EDITION_TITLES, type Edition } from '../edition/view.js';

export interface FrontInfo {
  district: string | undefined;
  schoolYear: string;
  edition: Edition;
  rendered: string;
  failed: string[];
}

interface Entry {
  name: string;
  file: string;
  pages: number;
  version: string | undefined;
  districtPage?: number;
}

/** Sets each entry's districtPage; reads each site's PDF only while merging it. */
export async function buildDistrictPdf<E extends Entry>(printer: Printer, info: FrontInfo, entries: E[], read: (entry: E) => Uint8Array): Promise<{ pdf: Uint8Array; pages: number }> {
  const title = `${info.district ?? 'District'} - Comprehensive School Safety Plans ${info.schoolYear} - ${EDITION_TITLES[info.edition]}`;
  // The contents' page numbers depend on how long the contents are: print, count, and print
  // again when the guess was wrong (a long district list spills onto more pages).
  let frontPages = 1;
  let front: Uint8Array | undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    let next = frontPages + 1;
    for (const e of entries) {
      e.districtPage = next;
      next += e.pages;
    }
    const html = renderFront({
      title, district: info.district, schoolYear: info.schoolYear, editionTitle: EDITION_TITLES[info.edition], rendered: info.rendered,
      entries: entries.map((e) => ({ name: e.name, version: e.version, pages: e.pages, first: e.districtPage! })), failed: info.failed,
    });
    front = await printer.print(html);
    const printed = await pageCount(front);
    if (printed === frontPages) break;
    frontPages = printed;
  }
  const parts = entries.map((e) => ({ title: e.name, get pdf() { return read(e); } }));
  const pdf = await mergeWithOutline(title, front!, parts);
  return { pdf, pages: frontPages + entries.reduce((n, e) => n + e.pages, 0) };
}
