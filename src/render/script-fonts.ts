// Fonts for the scripts the family edition prints, from maintained font packages (SIL OFL):
// Noto Sans SC and TC (Chinese), KR (Korean), Arabic and Gurmukhi (Punjabi), and Source Sans 3's
// own Vietnamese, Cyrillic and Latin Extended subsets. Each package splits its font by unicode-range
// (Chinese into about a hundred files); only the files holding a character the document prints are
// embedded, as data: URIs, and Chromium subsets them again into the PDF.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readRegularFile, readText } from '../util/files.js';

const require = createRequire(import.meta.url);

/** The packages, in the order the document's font-family lists them after Source Sans 3. */
const PACKAGES = [
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', skip: /-latin-\d/ },
  { pkg: '@fontsource/noto-sans-sc', family: 'Noto Sans SC' },
  { pkg: '@fontsource/noto-sans-tc', family: 'Noto Sans TC' },
  { pkg: '@fontsource/noto-sans-kr', family: 'Noto Sans KR' },
  { pkg: '@fontsource/noto-sans-arabic', family: 'Noto Sans Arabic' },
  { pkg: '@fontsource/noto-sans-gurmukhi', family: 'Noto Sans Gurmukhi' },
];
const WEIGHTS = [400, 700];

/** Chinese: the Simplified and Traditional fonts draw some characters differently; the document's language picks one. */
export function fontStack(lang: string): string {
  const han = lang === 'zh-Hant' ? ['Noto Sans TC', 'Noto Sans SC'] : ['Noto Sans SC', 'Noto Sans TC'];
  return ["'Source Sans 3'", ...han.map((f) => `'${f}'`), "'Noto Sans KR'", "'Noto Sans Arabic'", "'Noto Sans Gurmukhi'", 'sans-serif'].join(', ');
}

interface Face { family: string; weight: number; file: string; ranges: [number, number][] }

let faces: Face[] | undefined;

function parseRanges(range: string): [number, number][] {
  return range.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
  });
}

/** Every @font-face of every package, from its CSS (the files beside it). */
function allFaces(): Face[] {
  if (faces) return faces;
  faces = [];
  for (const { pkg, skip } of PACKAGES) {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    for (const weight of WEIGHTS) {
      const css = readText(join(dir, `${weight}.css`));
      for (const block of css.split('@font-face').slice(1)) {
        const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
        if (!family || !file || !range || /italic/.test(block) || skip?.test(file)) continue;
        faces.push({ family, weight, file: join(dir, 'files', file), ranges: parseRanges(range) });
      }
    }
  }
  return faces;
}

/** @font-face rules, as data: URIs, for the font files that hold a character of `text` outside basic Latin. */
export function scriptFontFaces(text: string): string {
  const codes = [...new Set([...text].map((c) => c.codePointAt(0)!).filter((c) => c > 0x17f))];
  if (codes.length === 0) return '';
  const needed = allFaces().filter((f) => codes.some((c) => f.ranges.some(([a, b]) => c >= a && c <= b)));
  return needed.map(faceRule).join('\n');
}

// Each face's rule is built once per process: a bundle prints the same scripts for every site.
const rules = new Map<Face, string>();
function faceRule(f: Face): string {
  let rule = rules.get(f);
  if (rule === undefined) {
    const range = f.ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',');
    rule = `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-style:normal;src:url(data:font/woff2;base64,${readRegularFile(f.file).toString('base64')}) format('woff2');unicode-range:${range};}`;
    rules.set(f, rule);
  }
  return rule;
}
