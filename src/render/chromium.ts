// Starting and ending Chromium for the Printer: the launch flags that keep it off the network, a
// profile folder of cssp's own (so Ctrl+C can remove it: puppeteer's is left behind when Chromium is
// killed), and ending the whole process group at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { onInterrupt } from '../util/interrupt.js';

export const LAUNCH_ARGS = [
  // As root (CI containers) Chromium refuses to start with its sandbox.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-features=MediaRouter,OptimizationHints,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying',
  // Every host name fails to resolve: the last guard if anything still tries to fetch.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
];


/** Each browser's profile folder: ours, so Ctrl+C can remove it (puppeteer's own is left when Chromium is killed). */
const profiles = new WeakMap<Browser, string>();

export async function launchBrowser(executablePath: string): Promise<Browser> {
  const { launch } = await import('puppeteer-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'cssp-chromium-'));
  // Signals are ours to handle (bundle cleans up its temporary files first, then closes this).
  const starting = launch({ executablePath, args: LAUNCH_ARGS, userDataDir, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, pipe: true });
  // Ctrl+C while Chromium starts: wait for it, end it, then remove its folder (it writes there as it starts).
  const forget = onInterrupt(async () => {
    const started = await starting.catch(() => undefined);
    if (started) killBrowser(started);
    removeProfile(userDataDir);
  });
  try {
    const browser = await starting;
    profiles.set(browser, userDataDir);
    // Once Chromium has exited (it writes to its profile until then), however it ended.
    const proc = browser.process();
    if (proc && proc.exitCode === null) proc.once('exit', () => removeProfile(userDataDir));
    else browser.once('disconnected', () => removeProfile(userDataDir));
    return browser;
  } catch (err) {
    removeProfile(userDataDir);
    throw err;
  } finally {
    forget();
  }
}

function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  } catch {
    // A Chromium still exiting may write one more file; its folder is in the temporary folder anyway.
  }
}

export function killBrowser(browser: Browser): void {
  const proc = browser.process();
  const profile = profiles.get(browser);
  if (!proc?.pid) return;
  try {
    // puppeteer starts Chromium as its own process group: end the renderers and helpers with it
    // at once, instead of leaving them to notice their parent is gone a second or two later.
    if (process.platform !== 'win32') process.kill(-proc.pid, 'SIGKILL');
    else proc.kill('SIGKILL');
  } catch {
    proc.kill('SIGKILL');
  }
  // After the kill: the folder goes now, since the process may exit before 'disconnected' is heard.
  if (profile) removeProfile(profile);
}
