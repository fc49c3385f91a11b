// The combined district PDF of one edition: a cover with contents (page numbers of the combined
// document), then each site's own PDF, bookmarked per site. Past `volumePages` pages it is split
// into volumes (district-1.pdf, district-2.pdf, ...), each with its own cover, contents and
// bookmarks, built and written one at a time: the process holds one volume, never the district,
// so its memory stays flat however many sites there are.
import v8 from 'node:v8';
import vm from 'node:vm';
import { renderFront, type FrontMatter } from './html.js';
import { mergeWithOutline, pageCount } from './merge.js';
import type { Printer } from './pdf.js';
import { EDITION_TITLES, type Edition } from '../edition/view.js';

/** A full collection between volumes (V8's gc, reached without starting Node with --expose-gc). */
let gc: (() => void) | undefined;
function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}

/** Pages in one district PDF before another volume starts, unless the district sets bundle.volumePages. */
export const DEFAULT_VOLUME_PAGES = 2000;

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
  /** The volume's file, when the district PDF is in volumes. */
  districtFile?: string;
}

export interface Volume { file: string; pages: number; first: string; last: string }

/** Sites in order, cut into runs of at most `limit` pages (a site longer than that is a volume of its own). */
export function volumesOf<E extends Entry>(entries: readonly E[], limit: number): E[][] {
  const out: E[][] = [];
  let pages = 0;
  for (const e of entries) {
    if (out.length === 0 || (pages + e.pages > limit && out.at(-1)!.length > 0)) {
      out.push([]);
      pages = 0;
    }
    out.at(-1)!.push(e);
    pages += e.pages;
  }
  return out;
}

/**
 * Builds and writes each volume (`write(name, bytes)`, then lets it go); sets each entry's
 * districtPage (and districtFile with volumes); reads each site's PDF only while merging it.
 */
export async function buildDistrictPdf<E extends Entry>(
  printer: Printer, info: FrontInfo, entries: E[], read: (entry: E) => Uint8Array,
  options: { volumePages?: number; write: (name: string, pdf: Uint8Array) => void },
): Promise<Volume[]> {
  const volumes = volumesOf(entries, options.volumePages ?? DEFAULT_VOLUME_PAGES);
  const title = `${info.district ?? 'District'} - Comprehensive School Safety Plans ${info.schoolYear} - ${EDITION_TITLES[info.edition]}`;
  const ranges = volumes.map((v, i) => ({ index: i + 1, first: v[0]!.name, last: v.at(-1)!.name }));
  const out: Volume[] = [];
  for (const [i, sites] of volumes.entries()) {
    const file = volumes.length === 1 ? 'district.pdf' : `district-${i + 1}.pdf`;
    const volume = volumes.length === 1 ? undefined : { index: i + 1, count: volumes.length, sites: entries.length, ranges };
    const front = await printFront(printer, info, title, sites, volume);
    const parts = sites.map((e) => ({ title: e.name, get pdf() { return read(e); } }));
    if (volume) for (const e of sites) e.districtFile = file;
    options.write(file, await mergeWithOutline(volume ? `${title} - Volume ${volume.index} of ${volume.count}` : title, front.pdf, parts));
    // The volume's pdf-lib objects are garbage now; V8 would keep growing its heap over the next
    // volumes before collecting them, so peak memory would still grow with the district.
    collectGarbage();
    out.push({ file, pages: front.pages + sites.reduce((n, e) => n + e.pages, 0), first: ranges[i]!.first, last: ranges[i]!.last });
  }
  return out;
}

/**
 * The cover and contents. Its page numbers depend on how long the contents are: print, count,
 * and print again when the guess was wrong (a long district list spills onto more pages).
 */
async function printFront<E extends Entry>(printer: Printer, info: FrontInfo, title: string, entries: E[], volume: FrontMatter['volume']): Promise<{ pdf: Uint8Array; pages: number }> {
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
      entries: entries.map((e) => ({ name: e.name, version: e.version, pages: e.pages, first: e.districtPage! })), failed: info.failed, ...(volume ? { volume } : {}),
    });
    front = await printer.print(html);
    const printed = await pageCount(front);
    if (printed === frontPages) break;
    frontPages = printed;
  }
  return { pdf: front!, pages: frontPages };
}
