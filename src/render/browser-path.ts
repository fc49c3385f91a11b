// Finding a Chromium or Chrome to print with. puppeteer-core downloads nothing and knows no
// default, so the order is: PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, common install paths, then
// browsers that `npx @puppeteer/browsers install` left in puppeteer's cache.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CsspError } from '../errors.js';

export const COMMON_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export interface FoundBrowser {
  path: string;
  /** Where it was found, for cssp doctor: "PUPPETEER_EXECUTABLE_PATH", "common path", "puppeteer cache". */
  source: string;
}

export function findBrowser(env: Record<string, string | undefined>, exists: (path: string) => boolean = existsSync): FoundBrowser | undefined {
  for (const name of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const) {
    const path = env[name];
    // A variable that names a missing file is a mistake worth stopping on, not skipping.
    if (path) return { path, source: name };
  }
  const common = COMMON_PATHS.find((p) => exists(p));
  if (common) return { path: common, source: 'common path' };
  const cached = fromPuppeteerCache(env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer'), exists);
  return cached ? { path: cached, source: 'puppeteer cache' } : undefined;
}

const CACHE_LAYOUTS = [
  ['chrome-headless-shell', ['chrome-headless-shell-linux64', 'chrome-headless-shell'], ['chrome-headless-shell-mac-arm64', 'chrome-headless-shell'], ['chrome-headless-shell-mac-x64', 'chrome-headless-shell'], ['chrome-headless-shell-win64', 'chrome-headless-shell.exe']],
  ['chrome', ['chrome-linux64', 'chrome'], ['chrome-win64', 'chrome.exe']],
] as const;

function fromPuppeteerCache(cache: string, exists: (path: string) => boolean): string | undefined {
  for (const [browser, ...layouts] of CACHE_LAYOUTS) {
    let versions: string[];
    try {
      versions = readdirSync(join(cache, browser)).sort().reverse(); // newest build first
    } catch {
      continue;
    }
    for (const version of versions) {
      for (const [dir, exe] of layouts) {
        const path = join(cache, browser, version, dir, exe);
        if (exists(path)) return path;
      }
    }
  }
  return undefined;
}

export const INSTALL_HINT = [
  'Install one of these, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get install chromium        (Ubuntu: google-chrome, as apt chromium is a snap stub)',
  '  macOS:          brew install --cask google-chrome',
  '  Windows:        winget install Google.Chrome',
  '  any system:     npx @puppeteer/browsers install chrome-headless-shell@stable',
  'or point PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) at a Chrome or Chromium you already have.',
].join('\n');

export class BrowserMissingError extends CsspError {
  constructor(detail = 'No Chrome or Chromium found to print PDFs with.') {
    super(detail, INSTALL_HINT, 2);
  }
}

/** The browser to launch, or BrowserMissingError (exit 2) with how to get one. */
export function requireBrowser(env: Record<string, string | undefined>, exists: (path: string) => boolean = existsSync): string {
  const found = findBrowser(env, exists);
  if (!found) throw new BrowserMissingError();
  if (!exists(found.path)) throw new BrowserMissingError(`${found.source} is set to ${found.path}, which does not exist.`);
  return found.path;
}
