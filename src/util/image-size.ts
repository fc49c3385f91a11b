// The size of a map image in its own coordinates, from its first bytes: an SVG's viewBox (else its
// width and height), a PNG's header, a JPEG's frame. Features are positioned in these coordinates.
import { districtFileStatus, readHead } from './files.js';

export interface ImageSize {
  width: number;
  height: number;
}

export function imageSize(bytes: Buffer, type: 'svg' | 'png' | 'jpeg'): ImageSize | undefined {
  if (type === 'png') return bytes.length >= 24 && bytes.toString('latin1', 12, 16) === 'IHDR' ? valid(bytes.readUInt32BE(16), bytes.readUInt32BE(20)) : undefined;
  if (type === 'jpeg') return jpegSize(bytes);
  const head = bytes.subarray(0, 4096).toString('utf8');
  const svg = /<svg\b[^>]*>/i.exec(head)?.[0];
  if (!svg) return undefined;
  const box = /\bviewBox\s*=\s*["']\s*([-\d.eE]+)[\s,]+([-\d.eE]+)[\s,]+([\d.eE]+)[\s,]+([\d.eE]+)\s*["']/.exec(svg);
  if (box) return valid(Number(box[3]), Number(box[4]));
  const w = /\bwidth\s*=\s*["']\s*([\d.]+)(px)?\s*["']/.exec(svg);
  const h = /\bheight\s*=\s*["']\s*([\d.]+)(px)?\s*["']/.exec(svg);
  return w && h ? valid(Number(w[1]), Number(h[1])) : undefined;
}

function jpegSize(b: Buffer): ImageSize | undefined {
  let at = 2;
  while (at + 9 < b.length && b[at] === 0xff) {
    const marker = b[at + 1]!;
    const length = b.readUInt16BE(at + 2);
    // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC): the frame header holds the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return valid(b.readUInt16BE(at + 7), b.readUInt16BE(at + 5));
    at += 2 + length;
  }
  return undefined;
}

const valid = (width: number, height: number): ImageSize | undefined => (width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height) ? { width, height } : undefined);

/**
 * A map image's size read from its header: the one reading of it, for the check, the editor and
 * the export. With `within`, only a regular file inside that folder (after links) is read.
 * Undefined for anything that is not a readable PNG, JPEG or SVG.
 */
export function readImageSize(file: string, within?: string): ImageSize | undefined {
  const type = /\.svg$/i.test(file) ? 'svg' : /\.png$/i.test(file) ? 'png' : /\.jpe?g$/i.test(file) ? 'jpeg' : undefined;
  if (!type || (within !== undefined && districtFileStatus(file, within) !== 'ok')) return undefined;
  try {
    // A JPEG's frame header may follow large metadata; an SVG's viewBox and a PNG's IHDR come first.
    return imageSize(readHead(file, type === 'jpeg' ? 256 * 1024 : 8192), type);
  } catch {
    return undefined;
  }
}
