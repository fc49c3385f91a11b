// Pages copied into the combined district PDF keep their tagged structure (what screen readers
// and reflow read). pdf-lib's copyPages drops it, so each part's pages and structure tree are
// copied with one copier (the tree's page references then land on the copied pages), its
// ParentTree keys are shifted past the parts before it, its element IDs get a prefix of their
// own, and its top element becomes a Part of one Document.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const name = (n: string) => PDFName.of(n);

export class StructureMerger {
  private readonly root: PDFRef;
  private readonly parts: PDFRef[] = [];
  private readonly parentTree: [number, PDFObject][] = [];
  private readonly ids: [string, PDFRef][] = [];
  private readonly roleMap = new Map<string, PDFObject>();
  private nextKey = 0;

  constructor(private readonly out: PDFDocument) {
    this.root = out.context.nextRef();
  }

  /** `src`'s pages, copied into the combined document (not yet added), with its structure. */
  copy(src: PDFDocument, idPrefix: string): PDFPage[] {
    const copier = PDFObjectCopier.for(src.context, this.out.context);
    const srcRoot = src.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
    const offset = this.nextKey;
    const pages = src.getPages().map((page) => {
      const ref = copier.copy(page.ref);
      const node = this.out.context.lookup(ref) as PDFPageLeaf;
      if (srcRoot) this.shiftKeys(node, offset);
      return PDFPage.of(node, ref, this.out);
    });
    if (!srcRoot) return pages;
    const top = refsOf(srcRoot.get(name('K')));
    // Their parent is the part's own root: copied with it, the copier would bring that root along.
    for (const ref of top) src.context.lookupMaybe(ref, PDFDict)?.delete(name('P'));
    for (const ref of top) {
      const copied = copier.copy(ref);
      const element = this.out.context.lookupMaybe(copied, PDFDict);
      if (!element) continue;
      element.set(name('P'), this.root);
      if (element.get(name('S'))?.toString() === '/Document') element.set(name('S'), name('Part'));
      this.parts.push(copied);
      this.renameIds(copied, idPrefix);
    }
    let last = -1;
    for (const [key, value] of numberTree(srcRoot.lookupMaybe(name('ParentTree'), PDFDict))) {
      this.parentTree.push([key + offset, copier.copy(value)]);
      last = Math.max(last, key);
    }
    const next = srcRoot.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
    this.nextKey = offset + Math.max(next, last + 1);
    const roles = srcRoot.lookupMaybe(name('RoleMap'), PDFDict);
    for (const [key, value] of roles?.entries() ?? []) if (!this.roleMap.has(key.toString())) this.roleMap.set(key.toString(), copier.copy(value));
    return pages;
  }

  /** Writes the structure tree into the catalog; call once, after every part is copied. */
  finish(): void {
    if (this.parts.length === 0) return;
    const ctx = this.out.context;
    const document = ctx.register(ctx.obj({ Type: 'StructElem', S: 'Document', P: this.root, K: this.parts, Lang: PDFString.of('en') }));
    for (const part of this.parts) ctx.lookup(part, PDFDict).set(name('P'), document);
    const nums: PDFObject[] = this.parentTree.sort((a, b) => a[0] - b[0]).flatMap(([key, value]) => [PDFNumber.of(key), value]);
    const root = ctx.obj({ Type: 'StructTreeRoot', K: document, ParentTree: ctx.register(ctx.obj({ Nums: nums })), ParentTreeNextKey: this.nextKey });
    if (this.ids.length > 0) {
      const names: PDFObject[] = this.ids.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).flatMap(([id, ref]) => [PDFString.of(id), ref]);
      root.set(name('IDTree'), ctx.register(ctx.obj({ Names: names })));
    }
    if (this.roleMap.size > 0) root.set(name('RoleMap'), ctx.obj(Object.fromEntries([...this.roleMap].map(([k, v]) => [k.slice(1), v]))));
    ctx.assign(this.root, root);
    this.out.catalog.set(name('StructTreeRoot'), this.root);
    this.out.catalog.set(name('MarkInfo'), ctx.obj({ Marked: true }));
  }

  /** A page's key into the ParentTree, and its annotations', moved past the parts before it. */
  private shiftKeys(page: PDFDict, offset: number): void {
    shift(page, 'StructParents', offset);
    const annots = page.lookupMaybe(name('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookupMaybe(i, PDFDict);
      if (annot) shift(annot, 'StructParent', offset);
    }
  }

  /** Element IDs are unique per part only ("node00000004" in every site): prefix them, and the table headers that name them. */
  private renameIds(top: PDFRef, prefix: string): void {
    const seen = new Set<PDFDict>();
    const stack: PDFObject[] = [top];
    while (stack.length > 0) {
      const item = stack.pop()!;
      const ref = item instanceof PDFRef ? item : undefined;
      const element = ref ? this.out.context.lookupMaybe(ref, PDFDict) : item instanceof PDFDict ? item : undefined;
      if (!element || seen.has(element) || element.get(name('Type'))?.toString() === '/MCR' || element.get(name('Type'))?.toString() === '/OBJR') continue;
      seen.add(element);
      const id = textOf(element.get(name('ID')));
      if (id !== undefined) {
        element.set(name('ID'), PDFString.of(prefix + id));
        if (ref) this.ids.push([prefix + id, ref]);
      }
      for (const attributes of listOf(element.lookup(name('A')))) {
        const headers = attributes instanceof PDFDict ? attributes.lookupMaybe(name('Headers'), PDFArray) : undefined;
        for (let i = 0; i < (headers?.size() ?? 0); i++) {
          const header = textOf(headers!.get(i));
          if (header !== undefined) headers!.set(i, PDFString.of(prefix + header));
        }
      }
      stack.push(...listOf(element.get(name('K'))));
    }
  }
}

function shift(dict: PDFDict, key: string, offset: number): void {
  const value = dict.lookupMaybe(name(key), PDFNumber);
  if (value) dict.set(name(key), PDFNumber.of(value.asNumber() + offset));
}

const listOf = (value: PDFObject | undefined): PDFObject[] => (value instanceof PDFArray ? value.asArray() : value ? [value] : []);
const refsOf = (value: PDFObject | undefined): PDFRef[] => listOf(value).filter((v): v is PDFRef => v instanceof PDFRef);
const textOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** Every [key, value] of a number tree (its /Nums, and its /Kids' in turn). */
function numberTree(node: PDFDict | undefined, depth = 0): [number, PDFObject][] {
  if (!node || depth > 32) return [];
  const out: [number, PDFObject][] = [];
  const nums = node.lookupMaybe(name('Nums'), PDFArray);
  for (let i = 0; i + 1 < (nums?.size() ?? 0); i += 2) {
    const key = nums!.lookupMaybe(i, PDFNumber);
    if (key) out.push([key.asNumber(), nums!.get(i + 1)]);
  }
  const kids = node.lookupMaybe(name('Kids'), PDFArray);
  for (let i = 0; i < (kids?.size() ?? 0); i++) out.push(...numberTree(kids!.lookupMaybe(i, PDFDict), depth + 1));
  return out;
}
