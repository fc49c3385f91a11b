// Page counts without parsing the PDF, checked against pdf-lib's full parse.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pageCount, quickPageCount } from '../../src/render/merge.js';

const pdf = async (pages: number, useObjectStreams: boolean) => {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return doc.save({ useObjectStreams });
};

describe('quickPageCount', () => {
  it("reads the page tree's /Count, as Chromium writes it", () => {
    // Skia's layout: leaves, two intermediate nodes, then the root, each a plain object.
    const leaves = Array.from({ length: 13 }, (_, i) => `${i + 1} 0 obj\n<</Type /Page\n/Parent ${i < 8 ? 20 : 21} 0 R>>\nendobj\n`);
    const tree = '20 0 obj\n<</Type /Pages\n/Count 8\n/Kids []\n/Parent 22 0 R>>\nendobj\n21 0 obj\n<</Type /Pages\n/Count 5\n/Kids []\n/Parent 22 0 R>>\nendobj\n22 0 obj\n<</Type /Pages\n/Count 13\n/Kids [20 0 R 21 0 R]>>\nendobj\n';
    const outline = '30 0 obj\n<</Type /Outlines\n/Count 40>>\nendobj\n';
    expect(quickPageCount(new TextEncoder().encode(`%PDF-1.4\n${leaves.join('')}${tree}${outline}`))).toBe(13);
  });

  it('gives up on object streams, and pageCount then parses', async () => {
    const packed = await pdf(5, true);
    expect(quickPageCount(packed)).toBeUndefined();
    expect(await pageCount(packed)).toBe(5);
    expect(quickPageCount(await pdf(7, false))).toBe(7);
  });
});
