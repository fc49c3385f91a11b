// Maps are untrusted input: a path or link out of the district is neither read nor printed (and
// cssp check says so at the map's line); an SVG that would draw billions of shapes is refused with
// the reason; and a document that still will not finish printing is stopped, not waited on forever.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRender } from '../../src/commands/render.js';
import { openDistrict } from '../../src/district/open.js';
import { checkPlanText } from '../../src/district/save.js';
import { Printer } from '../../src/render/pdf.js';
import { memoryIo } from '../helpers/io.js';
import { BROWSER, PDF_SKIP_REASON } from '../helpers/pdf-tools.js';
import { renderPlan } from '../helpers/render-plan.js';
import { renderDistrict } from '../helpers/render-district.js';
import { readFileSync } from 'node:fs';
import { useBomb } from '../helpers/svg-bomb.js';

const SECRET = 'SECRET-OUTSIDE-THE-DISTRICT';

function hostileDistrict() {
  const base = renderPlan();
  const maps = [
    { title: 'Escape', file: '../../outside/secret.svg', visibility: 'public' as const },
    { title: 'Absolute', file: '/tmp/cssp-outside-secret.svg', visibility: 'public' as const },
    { title: 'Link', file: 'maps/link.svg', visibility: 'public' as const },
    { title: 'Bomb', file: 'maps/bomb.svg', visibility: 'public' as const },
    { title: 'Campus', file: 'maps/public.svg', visibility: 'public' as const },
  ];
  const root = renderDistrict(renderPlan({ responder: { ...base.responder, maps } }), { '2026-27/maps/bomb.svg': useBomb(9), '2026-27/maps/public.svg': '<svg xmlns="http://www.w3.org/2000/svg"><text>CAMPUS</text></svg>' });
  const outside = join(dirname(root), 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><text>${SECRET}</text></svg>`);
  writeFileSync('/tmp/cssp-outside-secret.svg', `<svg xmlns="http://www.w3.org/2000/svg"><text>${SECRET}</text></svg>`);
  symlinkSync('/etc/hostname', join(root, '2026-27/maps/link.svg'));
  return root;
}

describe('hostile maps', () => {
  it('cssp check: a map leading out of the district is an error at its line', () => {
    const root = hostileDistrict();
    const file = join(root, '2026-27/alpha.yaml');
    const found = checkPlanText(file, readFileSync(file, 'utf8'), openDistrict(root, root), '2026-11-23').filter((d) => d.ruleId === 'referenced-files');
    expect(found.map((d) => [d.severity, d.messageId, d.path?.join('.')])).toEqual([
      ['error', 'mapOutside', 'responder.maps.0.file'],
      ['error', 'mapOutside', 'responder.maps.1.file'],
      ['error', 'mapOutside', 'responder.maps.2.file'],
    ]);
  });

  it('render --html embeds none of them, and says why each is not shown', async () => {
    const root = hostileDistrict();
    const io = memoryIo(root);
    await runRender('2026-27/alpha.yaml', { edition: 'public', html: true, output: 'x.html' }, io);
    const html = readFileSync(join(root, 'x.html'), 'utf8');
    expect(html).not.toContain(SECRET);
    expect(html).not.toContain(Buffer.from(SECRET).toString('base64').slice(0, 16));
    expect(html).not.toContain(Buffer.from(readFileSync('/etc/hostname')).toString('base64'));
    expect(html).toMatch(/bomb\.svg is not shown: its &lt;use&gt; elements would draw about/);
    expect(html).toContain(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><text>CAMPUS</text></svg>').toString('base64').replace(/=+$/, ''));
    expect(io.stderrText).toMatch(/map "Bomb" is not shown: maps\/bomb\.svg is not shown/);
  });
});

describe.skipIf(PDF_SKIP_REASON !== undefined)('a document that will not finish printing', () => {
  it('is stopped after the time limit with the reason, and the next one prints', async () => {
    process.env.CSSP_PRINT_TIMEOUT_MS = '3000';
    const printer = await Printer.open(BROWSER!, 1);
    delete process.env.CSSP_PRINT_TIMEOUT_MS;
    try {
      const stuck = { html: `<!doctype html><html lang="en"><body>${useBomb(10)}</body></html>`, title: 'Stuck' };
      await expect(printer.print(stuck)).rejects.toThrow(/printing took longer than 3 seconds, so it was stopped/);
      const pdf = await printer.print({ ...stuck, html: '<!doctype html><html lang="en"><body><h1>Fine</h1></body></html>', title: 'Fine' });
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      printer.kill();
    }
  }, 60_000);
});
