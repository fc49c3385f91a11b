// The status page in a real browser: system Chromium through puppeteer-core, launched as
// src/render/pdf.ts does (JavaScript off, every request recorded and refused). The page must make
// no request but itself, show every site with a details view and the chart, and a screenshot is
// kept in test-output/status.png for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAUNCH_ARGS } from '../../src/render/chromium.js';
import { formatStatusHtml } from '../../src/status/format-html.js';
import { REPO } from '../helpers/district.js';
import { BROWSER } from '../helpers/pdf-tools.js';
import { AFTER, sampleStatus } from '../status/sample.js';

const SKIP = BROWSER ? undefined : 'no Chrome or Chromium found (install chromium, or set CHROME_PATH)';
if (SKIP) console.warn(`Status page browser test skipped: ${SKIP}.`);
if (process.env.CI === 'true') it('CI=true: a browser is installed, so the status page is tested in it', () => expect(SKIP).toBeUndefined());

describe.skipIf(SKIP !== undefined)(`the status page in Chromium${SKIP ? ` (skipped: ${SKIP})` : ''}`, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const { launch } = await import('puppeteer-core');
    browser = await launch({ executablePath: BROWSER!, args: LAUNCH_ARGS, pipe: true });
    page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      requests.push(request.url());
      void (request.isNavigationRequest() && request.url().startsWith('file:') ? request.continue() : request.abort('blockedbyclient'));
    });
    // A hostile site name: markup that would fetch an image and a stylesheet if it were not escaped.
    const report = await sampleStatus(AFTER);
    report.sites[5] = { ...report.sites[5]!, notes: ['<img src="http://127.0.0.1:9/x.png"><link rel=stylesheet href="http://127.0.0.1:9/x.css">'] };
    const dir = join(REPO, 'test-output');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'status.html');
    writeFileSync(file, formatStatusHtml(report));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`file://${file}`, { waitUntil: 'load', timeout: 30_000 });
    // Open the first site's details, as a reader would, so the screenshot shows one.
    await page.$$eval('details', (all) => all.slice(0, 1).forEach((d) => d.setAttribute('open', '')));
    await page.screenshot({ path: join(dir, 'status.png'), fullPage: true });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('makes no request but the document itself', () => {
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^file:.*\/test-output\/status\.html$/);
  });

  it('shows every site, in the table and as a details view', async () => {
    const text = await page.$eval('body', (b) => (b as HTMLElement).innerText);
    for (const name of ['Bayside Elementary School', 'Breakwater High School', 'Harbor Vista High School']) expect(text).toContain(name);
    expect(text).toContain('6 sites: 0 adopted, 6 consulted; 6 past a deadline');
    expect(await page.$$eval('#sites tr', (rows) => rows.length)).toBe(7);
    expect(await page.$$eval('details > summary', (s) => s.map((x) => x.textContent))).toHaveLength(6);
    expect(text).toContain('<img src="http://127.0.0.1:9/x.png">');
  });

  it('draws the drill chart as inline SVG with its title and axis labels', async () => {
    const chart = await page.$eval('svg.chart', (svg) => ({ label: svg.getAttribute('aria-labelledby'), title: svg.querySelector('title')?.textContent, bars: svg.querySelectorAll('rect').length, text: svg.textContent }));
    expect(chart.label).toBe('chart-title chart-desc');
    expect(chart.title).toBe('Drill requirements met by month, 2026-27, as of 2027-03-15');
    expect(chart.bars).toBeGreaterThan(8);
    expect(chart.text).toContain('Requirement periods (all sites)');
    expect(chart.text).toContain('Month the requirement period ended');
  });

  it('has no script element, and carries the policy that refuses every request', async () => {
    expect(await page.$$eval('script', (s) => s.length)).toBe(0);
    expect(await page.$eval('head meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'))).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  });
});
