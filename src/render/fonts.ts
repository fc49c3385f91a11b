// The print font, embedded as data: URIs from the @fontsource/source-sans-3 package (SIL OFL):
// every machine prints the same glyphs, and Chromium never looks for a system or remote font.
import { readRegularFile } from '../util/files.js';
import { createRequire } from 'node:module';

const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
] as const;

let css: string | undefined;

const file = (weight: number, style: string) =>
  createRequire(import.meta.url).resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-${style}.woff2`);

const face = (weight: number, style: string) =>
  `@font-face{font-family:'Source Sans 3';font-style:${style};font-weight:${weight};src:url(data:font/woff2;base64,${readRegularFile(file(weight, style)).toString('base64')}) format('woff2');}`;

/** @font-face rules for the document. */
export function fontFaces(): string {
  return (css ??= FACES.map((f) => face(f.weight, f.style)).join('\n'));
}
