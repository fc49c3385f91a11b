// The combined district PDF, with pdf-lib: front matter, then each site's PDF, with one bookmark
// per site holding that site's own outline (pdf-lib's copyPages drops outlines, so they are
// rebuilt here at the low level: /Outlines, /First /Last /Next /Prev /Parent /Count /Dest), and
// every part's tagged structure (merge-structure.ts).
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFContext } from 'pdf-lib';
import { StructureMerger } from './merge-structure.js';

interface OutlineNode {
  title: string;
  /** Index of the page in the combined document. */
  page: number;
  top: number | undefined;
  children: OutlineNode[];
}

export interface MergePart {
  /** The site's bookmark. */
  title: string;
  pdf: Uint8Array;
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  return quickPageCount(pdf) ?? (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

/**
 * The page count read from the page tree's /Count, without parsing the PDF: bundle counts every
 * site while Chromium prints the next ones, and a full pdf-lib load per site competed for the CPU.
 * Chromium (Skia) writes the tree's nodes as plain objects; the root's /Count is the largest. It
 * is trusted only when it equals the number of /Type /Page objects; otherwise (object streams,
 * incremental updates) this returns undefined and the caller parses the PDF.
 */
export function quickPageCount(pdf: Uint8Array): number | undefined {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const leaves = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  let root = 0;
  for (const [node] of text.matchAll(/<<[^<>]*\/Type\s*\/Pages(?![A-Za-z])[^<>]*>>/g)) {
    root = Math.max(root, Number(/\/Count\s+(\d+)/.exec(node)?.[1] ?? 0));
  }
  return root > 0 && root === leaves ? root : undefined;
}

/** front (cover and contents) + parts; `title` becomes the document title. */
export async function mergeWithOutline(title: string, front: Uint8Array, parts: readonly MergePart[]): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  out.setTitle(title, { showInWindowTitleBar: true });
  out.setLanguage('en');
  out.setCreator('cssp');
  const bookmarks: OutlineNode[] = [];
  const structure = new StructureMerger(out);
  const append = async (bytes: Uint8Array, bookmark: string, keepOutline: boolean) => {
    const src = await PDFDocument.load(bytes, { updateMetadata: false });
    const start = out.getPageCount();
    const pages = structure.copy(src, `part${bookmarks.length}-`);
    pages.forEach((p) => out.addPage(p));
    const index = new Map(src.getPages().map((p, i) => [p.ref.toString(), start + i]));
    // Chrome's outline has the site's <h1> at the top with the sections below: the site bookmark
    // takes that place, so the sections sit directly under it.
    const own = keepOutline ? readOutline(src, index) : [];
    const children = own.length === 1 ? own[0]!.children : own;
    bookmarks.push({ title: bookmark, page: start, top: undefined, children });
  };
  await append(front, 'Cover and contents', false);
  for (const part of parts) await append(part.pdf, part.title, true);
  structure.finish();
  const pageRefs = out.getPages().map((p) => p.ref);
  const root = out.context.nextRef();
  const { first, last, count } = writeItems(out.context, bookmarks, root, pageRefs);
  out.context.assign(root, out.context.obj({ Type: 'Outlines', First: first, Last: last, Count: count }));
  out.catalog.set(PDFName.of('Outlines'), root);
  out.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return out.save();
}

function readOutline(doc: PDFDocument, pageIndex: Map<string, number>): OutlineNode[] {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return outlines ? readSiblings(outlines.lookupMaybe(PDFName.of('First'), PDFDict), pageIndex) : [];
}

function readSiblings(item: PDFDict | undefined, pageIndex: Map<string, number>, depth = 0): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  for (let guard = 0; item && guard < 10_000 && depth < 8; guard++) {
    const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '';
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
    const ref = dest?.get(0);
    const page = ref instanceof PDFRef ? pageIndex.get(ref.toString()) : undefined;
    const top = dest?.lookupMaybe(3, PDFNumber)?.asNumber();
    const children = readSiblings(item.lookupMaybe(PDFName.of('First'), PDFDict), pageIndex, depth + 1);
    if (page !== undefined) nodes.push({ title, page, top, children });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return nodes;
}

/** Writes sibling items under `parent`; returns the first and last refs and the visible count. */
function writeItems(ctx: PDFContext, items: OutlineNode[], parent: PDFRef, pages: PDFRef[]) {
  const refs = items.map(() => ctx.nextRef());
  let count = 0;
  items.forEach((item, i) => {
    const dict = ctx.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: parent,
      Dest: [pages[item.page]!, 'XYZ', null, item.top ?? null, null],
    });
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    if (item.children.length > 0) {
      // Sites open, their sections closed: a long bundle's bookmark panel starts as a site list.
      const sub = writeItems(ctx, item.children, refs[i]!, pages);
      dict.set(PDFName.of('First'), sub.first);
      dict.set(PDFName.of('Last'), sub.last);
      dict.set(PDFName.of('Count'), PDFNumber.of(-sub.count));
    }
    ctx.assign(refs[i]!, dict);
    count++;
  });
  return { first: refs[0]!, last: refs.at(-1)!, count };
}
