// The only module that imports puppeteer-core (lazily: `cssp check` never loads it). One browser,
// a pool of pages; each page runs with JavaScript off and every request that is not a data: URI
// refused, and the launch flags stop Chromium's own background traffic: nothing is served on a
// port and nothing leaves the machine.
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import type { RenderedHtml } from './html.js';

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

export const PDF_MARGIN = { top: '0.75in', right: '0.6in', bottom: '0.8in', left: '0.6in' };

/** Documents a page prints before it is replaced (see Printer.recycle). */
const RECYCLE_AFTER = 25;

export class Printer {
  /** URLs of requests the pages tried and were refused (tests assert there are none). */
  readonly blocked: string[] = [];
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private readonly uses = new WeakMap<Page, number>();

  private constructor(
    private readonly browser: Browser,
    /** Pages in the pool: how many documents print at once. */
    readonly pages: number,
  ) {}

  static async open(executablePath: string, pages = 1): Promise<Printer> {
    const { launch } = await import('puppeteer-core');
    // Signals are ours to handle (bundle cleans up its temporary files first, then closes this).
    const browser = await launch({ executablePath, args: LAUNCH_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, pipe: true });
    const printer = new Printer(browser, pages);
    try {
      for (let i = 0; i < pages; i++) printer.idle.push(await printer.newPage());
    } catch (err) {
      await browser.close();
      throw err;
    }
    return printer;
  }

  private async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
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
    return this.idle.pop() ?? new Promise<Page>((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }

  /** A tagged PDF with an outline (h1-h6), title and language, on Letter paper. */
  async print(doc: RenderedHtml): Promise<Uint8Array> {
    const page = await this.acquire();
    try {
      await page.setContent(doc.html, { waitUntil: 'load', timeout: 60_000 });
      return await page.pdf({
        format: 'Letter',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: doc.headerTemplate,
        footerTemplate: doc.footerTemplate,
        margin: PDF_MARGIN,
        outline: true,
        tagged: true,
        timeout: 120_000,
      });
    } finally {
      const used = (this.uses.get(page) ?? 0) + 1;
      this.uses.set(page, used);
      if (used < RECYCLE_AFTER) this.release(page);
      else await this.recycle(page);
    }
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

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }

  /** Ctrl+C: end Chromium now, without waiting for pages to finish. */
  kill(): void {
    const proc = this.browser.process();
    if (!proc?.pid) return;
    try {
      // puppeteer starts Chromium as its own process group: end the renderers and helpers with it
      // at once, instead of leaving them to notice their parent is gone a second or two later.
      if (process.platform !== 'win32') process.kill(-proc.pid, 'SIGKILL');
      else proc.kill('SIGKILL');
    } catch {
      proc.kill('SIGKILL');
    }
  }
}
