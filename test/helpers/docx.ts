// Word documents for the import tests, written with the `docx` package (no binary fixtures in the
// repository): a small list of parts becomes a real .docx, as Word or Google Docs would save it.
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export type Part =
  | { h: 1 | 2 | 3; text: string }
  | { title: string }
  | { bold: string }
  | { p: string }
  /** A paragraph of runs: plain, bold (b), italic (i), or a link (an URL). */
  | { runs: [string, 'b' | 'i' | '' | `http${string}`][] }
  | { items: string[] }
  /** A list Word numbers itself (1., 2., ...): the numbers are not in the text. */
  | { numbered: string[] }
  | { table: string[][] }
  | { image: true; alt?: string };

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

// A 2x2 red PNG: small, but a real image Word shows.
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==', 'base64');

function paragraphs(part: Part): (Paragraph | Table)[] {
  if ('h' in part) return [new Paragraph({ text: part.text, heading: LEVELS[part.h] })];
  if ('title' in part) return [new Paragraph({ text: part.title, heading: HeadingLevel.TITLE })];
  if ('bold' in part) return [new Paragraph({ children: [new TextRun({ text: part.bold, bold: true })] })];
  if ('p' in part) return [new Paragraph({ children: [new TextRun(part.p)], alignment: AlignmentType.LEFT })];
  if ('runs' in part) {
    const runs = part.runs.map(([text, how]) =>
      how.startsWith('http') ? new ExternalHyperlink({ link: how, children: [new TextRun({ text, style: 'Hyperlink' })] }) : new TextRun({ text, bold: how === 'b', italics: how === 'i' }),
    );
    return [new Paragraph({ children: runs })];
  }
  if ('items' in part) return part.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
  if ('numbered' in part) return part.numbered.map((text) => new Paragraph({ text, numbering: { reference: 'numbered', level: 0 } }));
  if ('table' in part) {
    const rows = part.table.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) }));
    return [new Table({ rows })];
  }
  const altText = part.alt ? { altText: { name: 'map', title: part.alt, description: part.alt } } : {};
  return [new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 200, height: 200 }, ...altText })] })];
}

export async function docxBuffer(parts: readonly Part[]): Promise<Buffer> {
  const numbering = { config: [{ reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] };
  const doc = new Document({ numbering, sections: [{ children: parts.flatMap(paragraphs) }] });
  return Packer.toBuffer(doc);
}

export async function writeDocx(path: string, parts: readonly Part[]): Promise<string> {
  writeFileSync(path, await docxBuffer(parts));
  return path;
}

/**
 * A .docx with one more entry, deflated, and lies a crafted file can tell: a directory that claims
 * no entries, or local headers that claim tiny sizes. Written by hand so the lies are exact.
 */
export function withExtraEntry(docx: Buffer, name: string, data: Buffer, lie: { noEntries?: boolean; smallLocalSizes?: boolean } = {}): Buffer {
  const entries: { name: string; method: number; crc: number; size: number; body: Buffer }[] = [];
  const end = docx.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
  let at = docx.readUInt32LE(end + 16);
  for (let i = 0; i < docx.readUInt16LE(end + 10); i++) {
    const nameLength = docx.readUInt16LE(at + 28);
    const local = docx.readUInt32LE(at + 42);
    const start = local + 30 + docx.readUInt16LE(local + 26) + docx.readUInt16LE(local + 28);
    entries.push({ name: docx.toString('utf8', at + 46, at + 46 + nameLength), method: docx.readUInt16LE(at + 10), crc: docx.readUInt32LE(at + 16), size: docx.readUInt32LE(at + 24), body: docx.subarray(start, start + docx.readUInt32LE(at + 20)) });
    at += 46 + nameLength + docx.readUInt16LE(at + 30) + docx.readUInt16LE(at + 32);
  }
  entries.push({ name, method: 8, crc: crc32(data) >>> 0, size: data.length, body: deflateRawSync(data) });
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const fileName = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(lie.smallLocalSizes ? 1 : e.body.length, 18);
    local.writeUInt32LE(lie.smallLocalSizes ? 1 : e.size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.body.length, 20);
    c.writeUInt32LE(e.size, 24);
    c.writeUInt16LE(fileName.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(local, fileName, e.body);
    central.push(c, fileName);
    offset += 30 + fileName.length + e.body.length;
  }
  const directory = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(lie.noEntries ? 0 : entries.length, 8);
  eocd.writeUInt16LE(lie.noEntries ? 0 : entries.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, eocd]);
}
