// Reading the .docx, and refusing what is not one before anything else happens: an old binary
// .doc, a password-protected file (both are OLE compound files, not zip), something else, or a
// file too big to be a plan.
import { readFileSync, statSync } from 'node:fs';
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
  const buffer = readFileSync(path);
  sniff(buffer, name);
  return buffer;
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
  const expanded = unzippedSize(buffer);
  if (expanded > MAX_UNZIPPED) {
    throw new UsageError(`${name} would expand to more than ${MAX_UNZIPPED / 1048576} MiB when unpacked, far more than a plan; cssp did not read it.`, 'Save a copy without its pictures (or with them compressed) and import that.');
  }
}

/** What a document may unpack to: a small .docx that unpacks to gigabytes (a zip bomb) is refused. */
export const MAX_UNZIPPED = 512 * 1024 * 1024;

/**
 * The total unpacked size the zip's central directory declares (mammoth unpacks in memory).
 * Zip64 entries, which only files over 4 GiB need, count as too large; a directory that cannot be
 * found counts as 0, and mammoth then reports the file as damaged.
 */
export function unzippedSize(zip: Buffer): number {
  const end = zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
  if (end < 0 || end + 22 > zip.length) return 0;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries && at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50; i++) {
    const size = zip.readUInt32LE(at + 24);
    total += size === 0xffffffff ? Infinity : size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}
