// The PDFs themselves, read back with poppler: real text, page counts, outline, title, no network.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocument } from '../../src/render/document.js';
import { openDistrict } from '../../src/district/open.js';
import type { Printer } from '../../src/render/pdf.js';
import type { Edition } from '../../src/edition/view.js';
import { BROWSER, MUST_RUN_PDF_TESTS, PDF_SKIP_REASON, pdfInfo, pdfOutline, pdfText } from '../helpers/pdf-tools.js';
import { MARK, renderPlan } from '../helpers/render-plan.js';
import { renderDistrict } from '../helpers/render-district.js';

if (PDF_SKIP_REASON && !MUST_RUN_PDF_TESTS) console.warn(`PDF tests skipped: ${PDF_SKIP_REASON}. Run cssp doctor for how to install a browser.`);
if (MUST_RUN_PDF_TESTS) {
  it('CI=true: a browser and poppler-utils are installed, so the PDF tests run', () => expect(PDF_SKIP_REASON).toBeUndefined());
}

describe.skipIf(PDF_SKIP_REASON !== undefined)(`PDF editions${PDF_SKIP_REASON ? ` (skipped: ${PDF_SKIP_REASON})` : ''}`, () => {
  let printer: Printer;
  const hostile = '<script>alert(1)</script> <img src=http://127.0.0.1:9/x.png> {{7*7}}';
  const base = renderPlan();
  const plan = renderPlan({ sections: { ...base.sections, safetyStrategies: { text: `Hostile: ${hostile}`, visibility: 'public' } } });
  const root = renderDistrict(plan);
  const file = join(root, '2026-27/alpha.yaml');
  const pdfs = new Map<Edition, string>();

  beforeAll(async () => {
    const { Printer } = await import('../../src/render/pdf.js');
    printer = await Printer.open(BROWSER!, 2);
    const ctx = { root, config: openDistrict(root).config, rendered: '2027-02-12', cwd: root };
    await Promise.all((['public', 'responder', 'full'] as const).map(async (edition) => {
      const out = join(root, `${edition}.pdf`);
      writeFileSync(out, await printer.print(planDocument(file, edition, ctx)));
      pdfs.set(edition, out);
    }));
  }, 60_000);
  afterAll(async () => printer?.close());

  it('public: no confidential, responder-only, contact, mobile or evacuation-note text', () => {
    const text = pdfText(pdfs.get('public')!);
    for (const m of [MARK.confidential, MARK.responderSection, MARK.contact, MARK.mobile, MARK.evacNotes, MARK.utility, MARK.distribution, MARK.responderMap]) {
      expect(text).not.toContain(m);
    }
    expect(text).toContain(MARK.publicSection);
    expect(text).toContain(MARK.standard);
    expect(text).toContain('Withheld from this edition under Education Code section 32281');
    expect(text).toContain('(805) 555-0100');
  });

  it('responder: the packet and responder sections, never the confidential text', () => {
    const text = pdfText(pdfs.get('responder')!);
    expect(text).not.toContain(MARK.confidential);
    for (const m of [MARK.contact, MARK.mobile, MARK.utility, MARK.responderSection, MARK.evacNotes, 'Gas shut-off']) expect(text).toContain(m);
  });

  it('full: everything, with the record of distribution', () => {
    const text = pdfText(pdfs.get('full')!);
    for (const m of [MARK.confidential, MARK.distribution, 'Record of distribution']) expect(text).toContain(m);
  });

  it('every page has the header, the version stamp and "Page X of Y"; tagged, titled, Letter', () => {
    for (const [edition, pdf] of pdfs) {
      const info = pdfInfo(pdf);
      const pages = Number(info.Pages);
      expect(info.Tagged).toBe('yes');
      expect(info['Page size']).toContain('letter');
      expect(info.Title).toContain(`Alpha Elementary - Comprehensive School Safety Plan 2026-27`);
      for (let p = 1; p <= pages; p++) {
        const text = pdfText(pdf, p);
        expect(text, `${edition} page ${p}`).toContain(`Page ${p} of ${pages}`);
        expect(text).toMatch(/Version 2026-27\.1 · adopted 2027-02-10 · printed 2027-02-12 · content [0-9a-f]{12}/);
        expect(text).toMatch(/Alpha Elementary\s+.*· 2026-27/);
      }
    }
  });

  it('has an outline by section', () => {
    const titles = pdfOutline(pdfs.get('public')!).map(([t]) => t);
    expect(titles).toEqual(expect.arrayContaining(['Alpha Elementary', 'Assessment of school crime', 'Tactical responses to criminal incidents', 'Data']));
  });

  it('prints hostile text as text and makes no network request', () => {
    const text = pdfText(pdfs.get('public')!);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=http://127.0.0.1:9/x.png>');
    expect(text).toContain('{{7*7}}');
    expect(printer.blocked).toEqual([]);
  });

  it('refuses any request that is not data: (the guard is live)', async () => {
    const doc = planDocument(file, 'public', { root, config: undefined, rendered: '2027-02-12', cwd: root });
    await printer.print({ ...doc, html: doc.html.replace('</body>', '<img src="http://127.0.0.1:9/probe.png"><link rel="stylesheet" href="https://example.invalid/x.css"></body>') });
    expect(printer.blocked).toEqual(expect.arrayContaining(['http://127.0.0.1:9/probe.png', 'https://example.invalid/x.css']));
  });

  it('keeps printing, guard and all, after its pages are replaced (every 25 documents)', async () => {
    const doc = planDocument(file, 'public', { root, config: undefined, rendered: '2027-02-12', cwd: root });
    const small = { ...doc, html: '<!doctype html><html lang="en"><head><title>t</title></head><body><h1>Page</h1></body></html>' };
    const printed = await Promise.all(Array.from({ length: 60 }, () => printer.print(small)));
    expect(printed.every((pdf) => Buffer.from(pdf.subarray(0, 5)).toString() === '%PDF-')).toBe(true);
    await printer.print({ ...small, html: small.html.replace('</body>', '<img src="http://127.0.0.1:9/after-recycle.png"></body>') });
    expect(printer.blocked).toContain('http://127.0.0.1:9/after-recycle.png');
  }, 120_000);
});

