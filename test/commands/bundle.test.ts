// cssp bundle with a real browser: per-site PDFs, the combined PDF and its outline, the manifest,
// a failing site, and Ctrl+C.
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runBundle } from '../../src/commands/bundle.js';
import { UsageError } from '../../src/errors.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';
import { PDF_SKIP_REASON, pdfInfo, pdfOutline, pdfStructure, pdfText } from '../helpers/pdf-tools.js';
import { renderPlan } from '../helpers/render-plan.js';
import { renderDistrict } from '../helpers/render-district.js';

interface Manifest {
  districtPdf: { file: string; pages: number };
  sites: { site: string; name: string; file: string; pages: number; version: string; contentHash: string; districtPage: number }[];
  failed: { site: string; plan: string; error: string }[];
}

const beta = renderPlan({ site: { ...renderPlan().site, id: 'beta', name: 'Beta Middle' } });
const district = () => renderDistrict(undefined, { '2026-27/beta.yaml': stringify(beta), '2026-27/broken.yaml': 'schemaVersion: 1\nschoolYear: 2026-27\n' });
const chromiumChildren = () => execFileSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf8' }).split('\n').filter((c) => /chrom/i.test(c));

describe.skipIf(PDF_SKIP_REASON !== undefined)(`cssp bundle${PDF_SKIP_REASON ? ` (skipped: ${PDF_SKIP_REASON})` : ''}`, () => {
  it('prints every site, reports the broken one, builds the district PDF and manifest; exit 1', async () => {
    const root = district();
    const io = memoryIo(root);
    expect(await runBundle({ edition: 'public', output: 'out' }, io)).toBe(1);
    expect(io.stderrText).toMatch(/public edition of broken failed: 2026-27\/broken\.yaml cannot be rendered/);
    const dir = join(root, 'out/public');
    expect(readdirSync(dir).sort()).toEqual(['alpha.pdf', 'beta.pdf', 'district.pdf', 'manifest.json']);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.failed.map((f) => f.site)).toEqual(['broken']);
    expect(manifest.sites.map((s) => s.site)).toEqual(['alpha', 'beta']);
    for (const s of manifest.sites) expect(Number(pdfInfo(join(root, 'out', s.file)).Pages)).toBe(s.pages);
    const combined = join(root, 'out', manifest.districtPdf.file);
    const pages = Number(pdfInfo(combined).Pages);
    expect(pages).toBe(manifest.districtPdf.pages);
    expect(pages).toBe(manifest.sites[0]!.districtPage - 1 + manifest.sites[0]!.pages + manifest.sites[1]!.pages);
    // Bookmarks: one per site at its first page, with its sections below; contents list the same pages.
    const outline = pdfOutline(combined);
    for (const s of manifest.sites) expect(outline).toContainEqual([s.name, s.districtPage]);
    expect(outline.map(([t]) => t)).toContain('Assessment of school crime');
    const front = pdfText(combined, 1, manifest.sites[0]!.districtPage - 1);
    expect(front).toMatch(/Alpha Elementary\s+2026-27\.1\s+\d+\s+\d+/);
    expect(front).toContain('Not included because they could not be printed: broken');
    // Tagged like each site's PDF: one Document, a Part for the front matter and one per site,
    // each with its own text, and element IDs (table headers) still unique.
    expect(pdfInfo(combined).Tagged).toBe('yes');
    const structure = pdfStructure(combined);
    expect(structure.split('\n')[0]).toBe('Document');
    const parts = structure.split(/^ {2}Part\n/m).slice(1);
    expect(parts).toHaveLength(manifest.sites.length + 1);
    expect(parts[0]).toContain('Not included because they could not be printed');
    manifest.sites.forEach((s, i) => expect(parts[i + 1]).toContain(`"${s.name}"`));
    const ids = [...structure.matchAll(/<([^<>]+)>:/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    // "Page X of Y" counts within each site.
    const second = manifest.sites[1]!;
    expect(pdfText(combined, second.districtPage)).toContain(`Page 1 of ${second.pages}`);
    expect(existsSync(join(root, 'out', `.cssp-staging-${process.pid}`))).toBe(false);
  }, 60_000);

  it('--shard 1/2 and 2/2 merged give the unsharded manifest and the same district PDF', async () => {
    const root = renderDistrict(undefined, {
      '2026-27/beta.yaml': stringify(beta),
      '2026-27/gamma.yaml': stringify(renderPlan({ site: { ...renderPlan().site, id: 'gamma', name: 'Gamma High' } })),
      '2026-27/broken.yaml': 'schemaVersion: 1\nschoolYear: 2026-27\n',
    });
    const run = async (opts: Parameters<typeof runBundle>[0]) => runBundle({ edition: 'public', ...opts }, memoryIo(root));
    expect(await run({ output: 'whole' })).toBe(1);
    expect(await run({ shard: '1/2', output: 's1' })).toBe(0);
    expect(await run({ shard: '2/2', output: 's2' })).toBe(1);
    expect(readdirSync(join(root, 's1/public')).sort()).toEqual(['alpha.pdf', 'beta.pdf', 'manifest.json']);
    expect(await run({ merge: ['s2', 's1'], output: 'merged' })).toBe(1); // broken still failed
    const read = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'public/manifest.json'), 'utf8')) as Manifest;
    expect(read('merged')).toEqual(read('whole'));
    const [whole, merged] = ['whole', 'merged'].map((d) => join(root, d, 'public/district.pdf'));
    expect(pdfInfo(merged!).Pages).toBe(pdfInfo(whole!).Pages);
    expect(pdfOutline(merged!)).toEqual(pdfOutline(whole!));
  }, 90_000);

  it('Ctrl+C: exits 130, closes Chromium and leaves no output', async () => {
    const root = district();
    const signals = new EventEmitter();
    const io = memoryIo(root);
    const stderr = io.stderr;
    io.stderr = (text) => {
      stderr(text);
      if (text.includes('[1/')) signals.emit('SIGINT');
    };
    expect(await runBundle({ edition: 'all', output: 'out' }, io, signals)).toBe(130);
    expect(io.stderrText).toContain('cancelled');
    expect(readdirSync(join(root, 'out'))).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(chromiumChildren()).toEqual([]);
  }, 60_000);
});

describe('cssp bundle, what it says before printing', () => {
  it('refuses -o naming a PDF file: bundle writes a folder (exit 2), before anything is read', async () => {
    const root = copySample();
    await expect(runBundle({ output: 'districts.pdf' }, memoryIo(root))).rejects.toThrow(UsageError);
    await expect(runBundle({ output: 'districts.pdf' }, memoryIo(root))).rejects.toThrow(/-o names a folder, not districts\.pdf/);
    expect(existsSync(join(root, 'districts.pdf'))).toBe(false);
  });

  it('names the registered sites that have no plan for the year', async () => {
    const root = copySample();
    rmSync(join(root, '2026-27/seacliff-k8.yaml'));
    const io = memoryIo(root, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' });
    await runBundle({ year: '2026-27' }, io).catch(() => undefined); // no browser here: it stops after saying so
    expect(io.stderrText).toContain('cssp: no 2026-27 plan for this site, so the bundle leaves it out: Seacliff TK-8 School (seacliff-k8)');
  });

  // A bundle of plans with errors printed with exit 0 and no word: each is named as a draft, and --strict prints nothing.
  it('names the plans with errors as drafts; --strict refuses the bundle (exit 1) before a browser starts', async () => {
    const root = copySample();
    const file = join(root, '2026-27/seacliff-k8.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\nresponder:\n/, '\nresponder_typo: {}\nresponder:\n'));
    const io = memoryIo(root, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' });
    await runBundle({ year: '2026-27' }, io).catch(() => undefined);
    expect(io.stderrText).toMatch(/cssp: warning: 1 plan of 6 has errors: seacliff-k8 \(1 error\); their PDFs are drafts/);
    await expect(runBundle({ year: '2026-27', strict: true }, memoryIo(root))).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/seacliff-k8 \(1 error\)\. cssp did not print the bundle \(--strict\)/) as unknown });
    expect(existsSync(join(root, 'out'))).toBe(false);
  });
});

describe.skipIf(PDF_SKIP_REASON !== undefined)('cssp bundle: the district PDF in volumes', () => {
  it('past bundle.volumePages, writes volumes each with its cover, contents and bookmarks, and the manifest says which site is where', async () => {
    const plans = Object.fromEntries(Array.from({ length: 16 }, (_, i) => `c${i + 1}`).map((id) => [`2026-27/${id}.yaml`, stringify(renderPlan({ site: { ...renderPlan().site, id, name: `School ${id.toUpperCase()}` } }))]));
    const base = renderDistrict(undefined, plans);
    writeFileSync(join(base, 'cssp.config.yaml'), `${readFileSync(join(base, 'cssp.config.yaml'), 'utf8')}bundle: { volumePages: 50 }\n`);
    const io = memoryIo(base);
    const out = join(base, 'out');
    expect(await runBundle({ year: '2026-27', edition: 'full', output: out, quiet: true }, io)).toBe(0);
    const m = JSON.parse(readFileSync(join(out, 'full', 'manifest.json'), 'utf8')) as Omit<Manifest, 'sites'> & { volumes: { file: string; pages: number; first: string; last: string }[]; sites: { districtFile: string }[] };
    expect(m.volumes.length).toBeGreaterThan(1);
    expect(m.volumes.every((v) => v.pages <= 50 + 2)).toBe(true);
    for (const [i, v] of m.volumes.entries()) {
      const file = join(out, v.file);
      expect(v.file).toBe(`full/district-${i + 1}.pdf`);
      expect(Number(pdfInfo(file).Pages)).toBe(v.pages);
      expect(pdfText(file, 1, 1)).toContain(`volume ${i + 1} of ${m.volumes.length}`);
      const titles = pdfOutline(file).map(([t]) => t);
      expect(titles[0]).toBe('Cover and contents');
      expect(titles).toContain(v.first);
      expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    }
    // Every site is in exactly one volume, named in the manifest, on the page the contents give.
    expect(new Set(m.sites.map((s) => s.districtFile)).size).toBe(m.volumes.length);
    expect(existsSync(join(out, 'full', 'district.pdf'))).toBe(false);
  }, 120_000);
});
