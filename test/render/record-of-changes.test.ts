// The full edition's "Record of changes": what changed since the site's plan of the year before,
// only in the full edition, and not part of the content hash.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocument } from '../../src/render/document.js';
import { openDistrict } from '../../src/district/open.js';
import type { Printer } from '../../src/render/pdf.js';
import type { Edition } from '../../src/edition/view.js';
import { BROWSER, PDF_SKIP_REASON, pdfText } from '../helpers/pdf-tools.js';
import { renderPlan } from '../helpers/render-plan.js';
import { renderDistrict } from '../helpers/render-district.js';

const current = renderPlan();
const lastYear = renderPlan({ schoolYear: '2025-26', version: '2025-26.1', site: { ...current.site, enrollment: 380 } });
const SENTENCE = 'Enrollment: 400 (was 380, +20).';
const withHistory = renderDistrict(current, { '2025-26/alpha.yaml': stringify(lastYear) });
const document = (root: string, edition: Edition) =>
  planDocument(join(root, '2026-27/alpha.yaml'), edition, { root, config: openDistrict(root).config, rendered: '2027-02-12', cwd: root, commitOf: () => undefined });

describe('record of changes', () => {
  it('full edition only, from the year before', () => {
    const full = document(withHistory, 'full');
    expect(full.view.changes?.from).toBe('2025-26');
    expect(full.view.changes?.items).toContainEqual({ area: 'Site', text: SENTENCE });
    expect(full.html).toContain('Record of changes');
    for (const edition of ['responder', 'public'] as const) {
      const doc = document(withHistory, edition);
      expect(doc.view.changes).toBeUndefined();
      expect(doc.html).not.toContain('Record of changes');
    }
  });

  it('no plan the year before: no record', () => {
    expect(document(renderDistrict(current), 'full').view.changes).toBeUndefined();
  });

  it('leaves the content hash alone: it is derived from another file', () => {
    expect(document(withHistory, 'full').stamp.contentHash).toBe(document(renderDistrict(current), 'full').stamp.contentHash);
  });

  it('escapes what the plans say', () => {
    const root = renderDistrict(renderPlan({ responder: { ...current.responder, responseProtocol: '<b>SRP</b> {{x}}' } }), { '2025-26/alpha.yaml': stringify(lastYear) });
    const html = document(root, 'full').html;
    expect(html).toContain('&lt;b&gt;SRP&lt;/b&gt;');
    expect(html).not.toContain('<b>SRP</b>');
  });
});

describe.skipIf(PDF_SKIP_REASON !== undefined)(`record of changes in the PDF${PDF_SKIP_REASON ? ` (skipped: ${PDF_SKIP_REASON})` : ''}`, () => {
  let printer: Printer;
  const pdfs = new Map<Edition, string>();

  beforeAll(async () => {
    const { Printer } = await import('../../src/render/pdf.js');
    printer = await Printer.open(BROWSER!, 2);
    await Promise.all((['public', 'responder', 'full'] as const).map(async (edition) => {
      const out = join(withHistory, `${edition}.pdf`);
      writeFileSync(out, await printer.print(document(withHistory, edition)));
      pdfs.set(edition, out);
    }));
  }, 60_000);
  afterAll(async () => printer?.close());

  it('the full edition prints the record; the responder and public editions do not', () => {
    const full = pdfText(pdfs.get('full')!);
    expect(full).toContain('Record of changes');
    expect(full).toContain(SENTENCE);
    for (const edition of ['responder', 'public'] as const) {
      const text = pdfText(pdfs.get(edition)!);
      expect(text).not.toContain('Record of changes');
      expect(text).not.toContain(SENTENCE);
    }
  });
});
