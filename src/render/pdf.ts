// Printing PDFs with puppeteer-core (loaded lazily: `cssp check` never loads it; chromium.ts starts
// and ends the browser). One browser, a pool of pages; each page runs with JavaScript off and every
// request that is not a data: URI refused, and the launch flags stop Chromium's own background
// traffic: nothing is served on a port and nothing leaves the machine.
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { onInterrupt } from '../util/interrupt.js';
import { killBrowser, launchBrowser } from './chromium.js';
import type { RenderedHtml } from './html.js';

export const PDF_MARGIN = { top: '0.75in', right: '0.6in', bottom: '0.8in', left: '0.6in' };

/** Documents a page prints before it is replaced (see Printer.recycle). */
const RECYCLE_AFTER = 25;
/** Documents a browser prints before it is replaced (see Printer.restart). */
export const RESTART_AFTER = 100;

export class Printer {
  /** URLs of requests the pages tried and were refused (tests assert there are none). */
  readonly blocked: string[] = [];
  private readonly idle: Page[] = [];
  private readonly waiting: { resolve: (page: Page) => void; reject: (err: Error) => void }[] = [];
  /** Why no browser can be started any more: every print from then on fails with it. */
  private broken: Error | undefined;
  private readonly uses = new WeakMap<Page, number>();
  /** Documents printed by the current browser. */
  private printedHere = 0;
  /** Set once the browser has printed RESTART_AFTER documents: no page is handed out until it is replaced. */
  private draining = false;
  private restarting: Promise<void> | undefined;
  /** A browser being started to replace the current one (Ctrl+C must end it too). */
  private launching: Browser | undefined;
  private closed = false;
  /** How many times the browser was replaced. */
  restarts = 0;

  private constructor(
    private browser: Browser,
    private readonly executablePath: string,
    /** Pages in the pool: how many documents print at once. */
    readonly pages: number,
    private readonly restartAfter: number,
    /** How long one document may take to print. */
    readonly timeLimitMs = Number(process.env.CSSP_PRINT_TIMEOUT_MS) || 90_000,
  ) {}

  static async open(executablePath: string, pages = 1, restartAfter = RESTART_AFTER): Promise<Printer> {
    const browser = await launchBrowser(executablePath);
    const printer = new Printer(browser, executablePath, pages, restartAfter);
    printer.forget = onInterrupt(() => printer.kill());
    printer.idle.push(...(await printer.openPages(browser)));
    return printer;
  }

  /** A full pool of pages on `browser`; the browser is closed if one cannot be opened. */
  private async openPages(browser: Browser): Promise<Page[]> {
    const opened: Page[] = [];
    try {
      for (let i = 0; i < this.pages; i++) opened.push(await this.newPage(browser));
    } catch (err) {
      await browser.close().catch(() => undefined);
      throw err;
    }
    return opened;
  }

  private async newPage(browser = this.browser): Promise<Page> {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      if (url.startsWith('data:') || url === 'about:blank') return void request.continue();
      this.blocked.push(url);
      void request.abort('blockedbyclient');
    });
    return page;
  }

  private async acquire(): Promise<Page> {
    if (this.broken) throw this.broken;
    const page = this.draining ? undefined : this.idle.pop();
    if (page) return page;
    const waited = new Promise<Page>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.restartWhenIdle();
    return waited;
  }

  private release(page: Page): void {
    const next = this.draining ? undefined : this.waiting.shift();
    if (next) return next.resolve(page);
    this.idle.push(page);
    this.restartWhenIdle();
  }

  /** Replaces the browser once every page is back and someone waits for one (never at the end of a run). */
  private restartWhenIdle(): void {
    if (this.draining && !this.restarting && this.idle.length === this.pages && this.waiting.length > 0) {
      this.restarting = this.restart().finally(() => (this.restarting = undefined));
    }
  }

  /**
   * A browser that printed RESTART_AFTER documents is replaced by a fresh one. Recycling pages
   * alone left Chromium's own processes growing (peak memory +15% from 100 to 300 sites); a new
   * browser every 100 documents bounds it, for about half a second each time. The old browser is
   * closed before the new one starts (nothing prints meanwhile): started first, both ran side by
   * side and the peak grew with every restart. A browser that cannot start is tried once more;
   * then every remaining document fails with the reason, as at the start of a run.
   */
  private async restart(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    this.idle.length = 0;
    let failure: unknown;
    for (let attempt = 0; attempt < 2 && !this.closed; attempt++) {
      try {
        const fresh = (this.launching = await launchBrowser(this.executablePath));
        const pages = await this.openPages(fresh);
        if (this.closed) {
          await fresh.close().catch(() => undefined);
        } else {
          this.browser = fresh;
          this.idle.push(...pages);
          this.restarts++;
        }
        failure = undefined;
        break;
      } catch (err) {
        failure = err;
      }
    }
    this.launching = undefined;
    this.printedHere = 0;
    this.draining = false;
    if (failure !== undefined || this.closed) {
      const why = this.closed ? 'the run was stopped' : `a new Chromium could not be started (${failure instanceof Error ? failure.message : String(failure)})`;
      this.broken = new Error(`Chromium was replaced after ${this.restartAfter} documents, as it is to keep memory flat, but ${why}.`);
      for (const waiter of this.waiting.splice(0)) waiter.reject(this.broken);
      return;
    }
    while (this.waiting.length > 0 && this.idle.length > 0) this.waiting.shift()!.resolve(this.idle.pop()!);
  }

  /** A tagged PDF with an outline (h1-h6), title and language, on Letter paper (header and footer: the document's own margin boxes). */
  async print(doc: RenderedHtml): Promise<Uint8Array> {
    const page = await this.acquire();
    // A document that will not finish (a renderer stuck drawing) is stopped, and its page replaced,
    // so one bad plan cannot hold a whole bundle; the maps were checked before, this is the backstop.
    let timer: NodeJS.Timeout | undefined;
    let stuck = false;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        stuck = true;
        reject(new Error(`printing took longer than ${Math.round(this.timeLimitMs / 1000)} seconds, so it was stopped; a map that draws too much is the usual cause: check the plan's responder.maps`));
      }, this.timeLimitMs);
    });
    try {
      return await Promise.race([this.printOn(page, doc), limit]);
    } finally {
      clearTimeout(timer);
      if (stuck) await this.replaceStuck(page);
      else await this.done(page);
    }
  }

  /** A page that did not finish is closed without waiting for it; a fresh one takes its place. */
  private async replaceStuck(page: Page): Promise<void> {
    void page.close().catch(() => undefined);
    try {
      this.release(await this.newPage());
    } catch (err) {
      this.broken = err as Error;
    }
  }

  private async printOn(page: Page, doc: RenderedHtml): Promise<Uint8Array> {
    await page.setContent(doc.html, { waitUntil: 'load', timeout: 60_000 });
    return await page.pdf({
      format: 'Letter',
      printBackground: true,
      margin: PDF_MARGIN,
      outline: true,
      tagged: true,
      timeout: 120_000,
    });
  }

  /** A page that printed goes back to the pool, or is recycled. */
  private async done(page: Page): Promise<void> {
    const used = (this.uses.get(page) ?? 0) + 1;
    this.uses.set(page, used);
    if (++this.printedHere >= this.restartAfter) this.draining = true;
    // A browser about to be replaced takes its pages with it: no point in a fresh one.
    if (used < RECYCLE_AFTER || this.draining) this.release(page);
    else await this.recycle(page);
  }

  /**
   * A page that printed RECYCLE_AFTER documents is replaced by a fresh one: a page reused for
   * hundreds of documents kept growing (peak memory +26% from 100 to 300 sites), and closing it
   * lets Chromium free what its renderer held. The new page is opened first, so a failure to
   * open one keeps the old page in the pool.
   */
  private async recycle(page: Page): Promise<void> {
    let fresh: Page;
    try {
      fresh = await this.newPage();
    } catch {
      this.release(page);
      return;
    }
    await page.close().catch(() => undefined);
    this.release(fresh);
  }

  /** Unregisters the Ctrl+C cleanup once the printer is closed normally. */
  private forget: () => void = () => undefined;

  async close(): Promise<void> {
    this.forget();
    this.closed = true;
    await this.restarting;
    await this.browser.close().catch(() => undefined);
  }

  /** Ctrl+C: end Chromium now, without waiting for pages to finish. */
  kill(): void {
    this.closed = true;
    for (const browser of [this.browser, this.launching]) if (browser) killBrowser(browser);
  }
}
