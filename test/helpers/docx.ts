// Word documents for the import tests, written with the `docx` package (no binary fixtures in the
// repository): a small list of parts becomes a real .docx, as Word or Google Docs would save it.
import { writeFileSync } from 'node:fs';
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export type Part =
  | { h: 1 | 2 | 3; text: string }
  | { title: string }
  | { bold: string }
  | { p: string }
  /** A paragraph of runs: plain, bold (b), italic (i), or a link (an URL). */
  | { runs: [string, 'b' | 'i' | '' | `http${string}`][] }
  | { items: string[] }
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
  if ('table' in part) {
    const rows = part.table.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) }));
    return [new Table({ rows })];
  }
  const altText = part.alt ? { altText: { name: 'map', title: part.alt, description: part.alt } } : {};
  return [new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 200, height: 200 }, ...altText })] })];
}

export async function docxBuffer(parts: readonly Part[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: parts.flatMap(paragraphs) }] });
  return Packer.toBuffer(doc);
}

export async function writeDocx(path: string, parts: readonly Part[]): Promise<string> {
  writeFileSync(path, await docxBuffer(parts));
  return path;
}
