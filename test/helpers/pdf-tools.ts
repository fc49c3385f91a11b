// Reading PDFs back in tests with poppler (pdftotext, pdfinfo, pdftohtml), and finding a browser.
// Without a browser the PDF tests are skipped, saying why; with CI=true a missing browser fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from '../../src/render/browser-path.js';

const found = findBrowser(process.env);
export const BROWSER = found && existsSync(found.path) ? found.path : undefined;

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** undefined when PDF tests can run; otherwise why not, for the skipped suite's name. */
export const PDF_SKIP_REASON = !found
  ? 'no Chrome or Chromium found (install chromium, or set CHROME_PATH)'
  : !BROWSER ? `${found.source} names ${found.path}, which does not exist`
  : !hasPoppler ? 'poppler-utils (pdftotext, pdfinfo) not installed' : undefined;

export const MUST_RUN_PDF_TESTS = process.env.CI === 'true';

export function pdfText(file: string, first?: number, last?: number): string {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The tagged structure with each element's text (pdfinfo -struct-text), poppler's complaints left out. */
export function pdfStructure(file: string): string {
  return execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
}

/** The outline as [title, page] pairs, nested items included, in document order. */
export function pdfOutline(file: string): [string, number][] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], { encoding: 'utf8' });
  const items = [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)];
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return items.map((m) => [decode(m[2]!), Number(m[1])]);
}
