// cssp bundle --edition family on the sample district: every site in English and in each language
// 15% or more of its pupils speak (EC 48985), with the district's translations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../src/commands/bundle.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';
import { PDF_SKIP_REASON, pdfText } from '../helpers/pdf-tools.js';

describe.skipIf(PDF_SKIP_REASON !== undefined)('cssp bundle --edition family', () => {
  it('prints each site in English and Spanish (every sample school is over 15% Spanish), from the stored translations', async () => {
    const root = copySample();
    const io = memoryIo(root);
    const out = join(root, 'out', 'bundle');
    expect(await runBundle({ year: '2026-27', edition: 'family', output: out, quiet: true }, io)).toBe(0);
    const files = readdirSync(join(out, 'family')).sort();
    const sites = ['bayside-elementary', 'breakwater-high', 'cypress-grove-elementary', 'harbor-vista-high', 'pelican-ridge-middle', 'seacliff-k8'];
    expect(files).toEqual([...sites.flatMap((s) => [`${s}.en.pdf`, `${s}.es.pdf`]), 'manifest.json'].sort());
    const es = pdfText(join(out, 'family', 'bayside-elementary.es.pdf')).replace(/\s+/g, ' ');
    expect(es).toContain('Lo que las familias deben saber');
    expect(es).toContain('Vaya a la Puerta A, junto a la oficina principal, y traiga una identificación con foto.');
    expect(io.stderrText).not.toContain('translation being updated');
    const manifest = JSON.parse(readFileSync(join(out, 'family', 'manifest.json'), 'utf8')) as { printed: { language: string; englishPassages: number }[] };
    expect(manifest.printed.filter((p) => p.language === 'es').every((p) => p.englishPassages === 0)).toBe(true);
  }, 120_000);
});
