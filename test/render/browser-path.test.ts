import { describe, expect, it } from 'vitest';
import { BrowserMissingError, findBrowser, requireBrowser } from '../../src/render/browser-path.js';

describe('findBrowser', () => {
  const only = (...paths: string[]) => (p: string) => paths.includes(p);

  it('looks at PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, then common paths, then puppeteer\'s cache', () => {
    const env = { PUPPETEER_CACHE_DIR: '/nonexistent-cache' };
    expect(findBrowser({ ...env, PUPPETEER_EXECUTABLE_PATH: '/a', CHROME_PATH: '/b' }, only('/usr/bin/chromium'))).toEqual({ path: '/a', source: 'PUPPETEER_EXECUTABLE_PATH' });
    expect(findBrowser({ ...env, CHROME_PATH: '/b' }, only())).toEqual({ path: '/b', source: 'CHROME_PATH' });
    expect(findBrowser(env, only('/usr/bin/google-chrome', '/opt/google/chrome/chrome'))?.path).toBe('/usr/bin/google-chrome');
    expect(findBrowser(env, only())).toBeUndefined();
  });

  it('without a browser: one message with every way to get one, exit 2', () => {
    let err: unknown;
    try {
      requireBrowser({ PUPPETEER_CACHE_DIR: '/nonexistent-cache' }, () => false);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BrowserMissingError);
    const e = err as BrowserMissingError;
    expect(e.exitCode).toBe(2);
    for (const way of ['apt-get install chromium', 'brew install', 'winget install', 'npx @puppeteer/browsers install chrome-headless-shell@stable']) expect(e.hint).toContain(way);
  });

  it('a variable naming a missing file is an error, not skipped', () => {
    expect(() => requireBrowser({ CHROME_PATH: '/nope' }, () => false)).toThrow('CHROME_PATH is set to /nope, which does not exist.');
  });
});
