// Reading the .docx, and refusing what is not one before anything else happens: an old binary
// .doc, a password-protected file (both are OLE compound files, not zip), something else, or a
// file too big to be a plan.
import { statSync } from 'node:fs';
import { readRegularFile } from '../util/files.js';
import { storedZip, unzipEntries, UnzipError, type Entry } from './unzip.js';
import { basename } from 'node:path';
import { UsageError } from '../errors.js';

/** 64 MiB: a 100-page plan with photos of every map is a few MiB; beyond this it is not a plan. */
export const MAX_BYTES = 64 * 1024 * 1024;

const SAVE_AS = 'Open it in Word (or Google Docs, or LibreOffice) and save it as a Word document (.docx), then import that.';

export function readDocx(path: string): Buffer {
  const name = basename(path);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${path} does not exist.`);
  if (!stat.isFile()) throw new UsageError(`${path} is not a file.`);
  if (stat.size > MAX_BYTES) throw new UsageError(`${name} is ${(stat.size / 1048576).toFixed(0)} MiB, more than the ${MAX_BYTES / 1048576} MiB a plan could be; cssp did not read it.`, 'Compress its pictures in Word (File > Compress Pictures) or save a copy without them.');
  const buffer = readRegularFile(path, { limit: MAX_BYTES });
  sniff(buffer, name);
  return unpackDocx(buffer, name);
}

/** Throws a UsageError saying what the file is when it is not a .docx. */
export function sniff(buffer: Buffer, name: string): void {
  if (buffer.length === 0) throw new UsageError(`${name} is empty.`);
  const ole = buffer.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'));
  if (ole && buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    throw new UsageError(`${name} is password-protected, so cssp cannot read it.`, 'Open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, then clear it), save, and import again.');
  }
  if (ole) throw new UsageError(`${name} is an old Word 97-2003 document (.doc); cssp reads only .docx.`, SAVE_AS);
  if (buffer.subarray(0, 5).toString('latin1') === '{\\rtf') throw new UsageError(`${name} is a Rich Text (RTF) file, not a .docx.`, SAVE_AS);
  if (buffer.subarray(0, 4).toString('latin1') === '%PDF') throw new UsageError(`${name} is a PDF, not a .docx.`, 'Import the Word document the PDF was made from.');
  if (!buffer.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) throw new UsageError(`${name} is not a Word document (.docx).`, SAVE_AS);
}

/** What a document may unpack to: a small .docx that unpacks to gigabytes (a zip bomb) is refused. */
export const MAX_UNZIPPED = 96 * 1024 * 1024;

/** The text of the document (word/document.xml) may be at most this large, and hold at most this many paragraphs. */
export const MAX_DOCUMENT_XML = 16 * 1024 * 1024;
export const MAX_PARAGRAPHS = 20_000;

/**
 * The document unpacked by cssp itself within the limits (unzip.ts), as a new zip of exactly what
 * was unpacked: the only thing mammoth reads. A plan of a few hundred pages has a few thousand
 * paragraphs; a document of tens of thousands of tiny ones is refused before it is converted.
 */
export function unpackDocx(buffer: Buffer, name: string): Buffer {
  let entries: Entry[];
  try {
    entries = unzipEntries(buffer, MAX_UNZIPPED);
  } catch (err) {
    if (!(err instanceof UnzipError)) throw err;
    if (/^unpacks to more than/.test(err.message)) {
      throw new UsageError(`${name} ${err.message}, far more than a plan; cssp stopped unpacking it.`, 'Save a copy without its pictures (or with them compressed) and import that.');
    }
    throw new UsageError(`${name} could not be read as a Word document (${err.message}); it may be damaged, or another kind of file named .docx.`, 'Open it in Word and save it again as .docx, then import that.');
  }
  const document = entries.find((e) => e.name === 'word/document.xml');
  if (!document) throw new UsageError(`${name} has no document text (word/document.xml), so it is not a Word document.`, SAVE_AS);
  if (document.data.length > MAX_DOCUMENT_XML) {
    throw new UsageError(`${name}'s text is ${(document.data.length / 1048576).toFixed(0)} MiB of Word markup, more than the ${MAX_DOCUMENT_XML / 1048576} MiB cssp imports; a plan's text is far smaller.`, 'Split the document, or save a copy with only the safety plan in it, and import that.');
  }
  const paragraphs = countParagraphs(document.data);
  if (paragraphs > MAX_PARAGRAPHS) {
    throw new UsageError(`${name} has ${paragraphs.toLocaleString('en-US')} paragraphs, more than the ${MAX_PARAGRAPHS.toLocaleString('en-US')} cssp imports (a 300-page plan has about 3,000).`, 'Save a copy with only the safety plan in it (without appendices of forms or logs), and import that.');
  }
  return storedZip(entries);
}

/** Paragraph elements (<w:p> or <w:p ...>) in the document's XML. */
function countParagraphs(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf('<w:p'); at >= 0; at = xml.indexOf('<w:p', at + 4)) {
    const next = xml[at + 4];
    if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x0a || next === 0x0d || next === 0x09) count++;
  }
  return count;
}
