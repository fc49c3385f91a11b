// A long run replaces its browser every so many documents (memory stays bounded); every document
// still prints, in full, and no Chromium is left behind.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Printer } from '../../src/render/pdf.js';
import { BROWSER, PDF_SKIP_REASON } from '../helpers/pdf-tools.js';
import { testdir } from '../helpers/testdir.js';

const doc = (i: number) => ({
  html: `<!doctype html><html lang="en"><head><title>Doc ${i}</title></head><body><h1>Document ${i}</h1></body></html>`,
  title: `Doc ${i}`,
});
const chromiums = () => execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n').filter((l) => /--remote-debugging-pipe/.test(l) && !/--type=/.test(l)).length;

describe.skipIf(PDF_SKIP_REASON !== undefined)('Printer restarts its browser', () => {
  it('every 3 documents with 2 pages (up to 4 when both pages were busy): 10 documents print, the browser is replaced twice, none is left running', async () => {
    const before = chromiums();
    const printer = await Printer.open(BROWSER!, 2, 3);
    const pdfs = await Promise.all(Array.from({ length: 10 }, (_, i) => printer.print(doc(i))));
    expect(printer.restarts).toBe(2);
    for (const pdf of pdfs) expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await printer.close();
    expect(chromiums()).toBe(before);
  }, 60_000);

  it('closes the old browser before starting the new one; when no new one starts, the remaining documents fail with the reason', async () => {
    // A browser that starts once: the second start (the restart) fails.
    const dir = testdir({});
    const once = join(dir, 'chromium-once');
    writeFileSync(once, `#!/bin/sh\nif [ -e "${dir}/started" ]; then echo "no more browsers" >&2; exit 1; fi\ntouch "${dir}/started"\nexec "${BROWSER}" "$@"\n`, { mode: 0o755 });
    const before = chromiums();
    const printer = await Printer.open(once, 1, 2);
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => printer.print(doc(i))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'rejected']);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/^Error: Chromium was replaced after 2 documents, .* but a new Chromium could not be started \(.+\)\.$/);
    expect(chromiums()).toBe(before); // the old browser was closed first, and no new one runs
    await expect(printer.print(doc(9))).rejects.toThrow();
    await printer.close();
  }, 60_000);

  it('no restart at the end of a run: 3 documents with a limit of 3 use one browser', async () => {
    const printer = await Printer.open(BROWSER!, 2, 3);
    await Promise.all(Array.from({ length: 3 }, (_, i) => printer.print(doc(i))));
    expect(printer.restarts).toBe(0);
    await printer.close();
  }, 60_000);
});
