// The family edition in four scripts from fixture translations: a translated sentence of the
// plan's own text in each PDF, fonts embedded and subset, under 1 MB, Arabic right to left, lang
// on the document and every passage; nothing the public edition withholds; and an XLIFF round trip
// through the `xliff` parser in which changing one English sentence makes exactly that unit stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTranslateExtract, runTranslateImport } from '../../src/commands/translate.js';
import { openDistrict } from '../../src/district/open.js';
import { readTranslation } from '../../src/plan/translations.js';
import { familySource, requiredLanguages, sourceHash, translationState, type Translation } from '../../src/edition/family.js';
import { familyDocument } from '../../src/render/family-document.js';
import { meetingNoticeView, noticeSource } from '../../src/edition/meeting-notice.js';
import type { Printer } from '../../src/render/pdf.js';
import { memoryIo } from '../helpers/io.js';
import { BROWSER, PDF_SKIP_REASON, pdfText } from '../helpers/pdf-tools.js';
import { MARK, renderPlan } from '../helpers/render-plan.js';
import { CONFIG, renderDistrict } from '../helpers/render-district.js';

const LOCKDOWN = 'Do not come to the school and do not call your child during a lockdown.';
const family = {
  notification: 'We send a text message and an e-mail from Alpha Alerts.',
  reunification: 'Children are released at the Alpha Library, 12 Elm Street. Bring a photo ID.',
  lockdown: LOCKDOWN,
};
/** One translated sentence of the plan's own text per language, as a translator would return it. */
const TRANSLATED: Record<string, string> = {
  es: 'No venga a la escuela y no llame a su hijo durante un cierre de emergencia.',
  'zh-Hans': '封锁期间请不要来学校，也不要给孩子打电话。',
  vi: 'Đừng đến trường và đừng gọi điện cho con trong khi phong tỏa.',
  ar: 'لا تأتِ إلى المدرسة ولا تتصل بطفلك أثناء الإغلاق.',
  hmn: 'Tsis txhob tuaj rau tom tsev kawm ntawv thiab tsis txhob hu koj tus menyuam thaum kaw qhov rooj.',
};
const translationFor = (lang: string): Translation => ({ language: lang, units: { 'family.lockdown': { sourceHash: sourceHash(LOCKDOWN), text: TRANSLATED[lang]! } } });

const planWith = () => {
  const base = renderPlan();
  return renderPlan({ family, sections: { ...base.sections } });
};

describe('the family edition, pure', () => {
  it('lists the strings it prints from the plan and the config, each with the hash of its English', () => {
    const units = familySource(planWith(), { familyAlerts: [{ channel: 'Text message' }], publicContacts: { phones: [{ number: '(805) 555-0100', label: 'Front office' }] } } as never);
    expect(units.map((u) => u.id)).toEqual(['alerts.0.channel', 'family.notification', 'family.reunification', 'family.lockdown', 'contacts.phones.0.label']);
    expect(units.find((u) => u.id === 'family.lockdown')!.hash).toBe(sourceHash(LOCKDOWN));
  });

  it('names the languages at 15% or more (EC 48985), largest first', () => {
    const config = { sites: [{ id: 'alpha', languages: { es: 38.4, vi: 15, 'zh-Hans': 14.9 } }] } as never;
    expect(requiredLanguages(config, 'alpha')).toEqual([{ language: 'es', share: 38.4 }, { language: 'vi', share: 15 }]);
  });
});

describe('XLIFF round trip', () => {
  it('extract, translate in a tool, import: current; then one English sentence changes and exactly its unit is stale', async () => {
    const root = renderDistrict(planWith());
    const plan = join(root, '2026-27/alpha.yaml');
    const io = memoryIo(root);
    const xlf = join(root, 'alpha.es.xlf');
    expect(await runTranslateExtract(plan, { lang: 'es', output: xlf }, io)).toBe(0);
    // The translator's tool: parse the XLIFF, fill every target, write XLIFF 2.0 back.
    const js = await xliff2js(readFileSync(xlf, 'utf8'));
    const units = js.resources!['alpha.2026-27']!;
    expect(Object.keys(units)).toEqual(['family.notification', 'family.reunification', 'family.lockdown']);
    for (const [id, u] of Object.entries(units)) (u as { target: string }).target = id === 'family.lockdown' ? TRANSLATED.es! : `ES: ${String(u.source)}`;
    writeFileSync(xlf, await js2xliff(js as never));
    expect(await runTranslateImport(xlf, { root }, io)).toBe(0);
    const config = openDistrict(root).config;
    const english = () => familySource({ family: readPlanFamily(plan) } as never, config);
    expect(translationState(english(), readTranslation(root, '2026-27', 'alpha', 'es'))).toEqual({ state: 'current', stale: [], missing: [] });
    // One English sentence changes.
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('Bring a photo ID.', 'Bring a photo ID and your child\'s card.'));
    expect(translationState(english(), readTranslation(root, '2026-27', 'alpha', 'es'))).toEqual({ state: 'stale', stale: ['family.reunification'], missing: [] });
    // A new extract sends the stale unit with no target, and keeps the current ones.
    await runTranslateExtract(plan, { lang: 'es', output: xlf }, io);
    const again = (await xliff2js(readFileSync(xlf, 'utf8'))).resources!['alpha.2026-27']!;
    expect(Object.fromEntries(Object.entries(again).map(([id, u]) => [id, (u as { target: string }).target !== '']))).toEqual({ 'family.notification': true, 'family.reunification': false, 'family.lockdown': true });
  });
});

function readPlanFamily(plan: string): unknown {
  return (parse(readFileSync(plan, 'utf8')) as { family: unknown }).family;
}

describe.skipIf(PDF_SKIP_REASON !== undefined)('the family edition as PDF', () => {
  let printer: Printer;
  const hostile = renderPlan();
  const root = renderDistrict(renderPlan({ family, sections: hostile.sections, responder: hostile.responder }), { 'cssp.config.yaml': `${CONFIG}familyAlerts:\n  - { channel: Text message, detail: from Alpha Alerts }\n` });
  const file = join(root, '2026-27/alpha.yaml');
  const out = new Map<string, { pdf: string; html: string }>();

  beforeAll(async () => {
    const { Printer } = await import('../../src/render/pdf.js');
    printer = await Printer.open(BROWSER!, 2);
    const ctx = { root, config: openDistrict(root).config, rendered: '2027-02-12', cwd: root };
    await Promise.all(['en', 'es', 'zh-Hans', 'vi', 'ar', 'hmn'].map(async (lang) => {
      const doc = familyDocument(file, lang, { ...ctx, ...(lang === 'en' ? {} : { translation: translationFor(lang) }) });
      const pdf = join(root, `family-${lang}.pdf`);
      writeFileSync(pdf, await printer.print(doc));
      out.set(lang, { pdf, html: doc.html });
    }));
  }, 90_000);
  afterAll(async () => printer?.close());

  it.each(['es', 'zh-Hans', 'vi', 'ar'])('%s: prints the translated sentence of the plan, the catalog headings, and the English with a note where there is no translation', (lang) => {
    const { pdf, html } = out.get(lang)!;
    const squash = (s: string) => s.normalize('NFKC').replace(/\s+|[\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Mn}/gu, '');
    const text = squash(pdfText(pdf));
    const sentence = TRANSLATED[lang]!.replace(/[.。]$/, '');
    // pdftotext gives Arabic runs in visual order (the sentence's clauses reversed) with stray spaces
    // inside words: each word is looked for, in the text with spaces and marks taken out.
    if (lang === 'ar') for (const word of sentence.split(/\s+/)) expect(text, word).toContain(squash(word));
    else expect(text).toContain(squash(sentence));
    expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
    // Every passage says its language: the translated one is the document's, the untranslated English is en.
    const passages = [...html.matchAll(/<div class="passage" lang="([^"]+)"/g)].map((m) => m[1]);
    expect(passages.length).toBeGreaterThan(3);
    expect(passages).toContain(lang);
    expect(passages).toContain('en');
    expect(html).toMatch(new RegExp(`<p class="stale" lang="${lang}"`));
  });

  it.each(['es', 'zh-Hans', 'vi', 'ar'])('%s: every font embedded and subset, and the PDF under 1 MB', (lang) => {
    const { pdf } = out.get(lang)!;
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    expect(statSync(pdf).size).toBeLessThan(1024 * 1024);
    if (lang === 'zh-Hans') expect(fonts.some((f) => /NotoSansSC/.test(f))).toBe(true);
    if (lang === 'ar') expect(fonts.some((f) => /NotoSansArabic/.test(f))).toBe(true);
  });

  it('a language cssp has no catalog for (Hmong): the district\'s translation, with cssp\'s headings in English, each marked so', () => {
    const { pdf, html } = out.get('hmn')!;
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain(TRANSLATED.hmn);
    expect(html).toContain('<html lang="hmn" dir="ltr">');
    expect(html).toContain('<h1 lang="en">What families need to know</h1>');
    expect(html).toMatch(/<div class="passage" lang="hmn"/);
    expect(html).toContain('cssp has no catalog for Hmong (hmn)');
  });

  it('Arabic is laid out right to left: its lines end at the right margin', () => {
    const layout = execFileSync('pdftotext', ['-layout', out.get('ar')!.pdf, '-'], { encoding: 'utf8' });
    const line = layout.split('\n').find((l) => /\p{Script=Arabic}/u.test(l) && l.includes('911'))!;
    expect(line).toBeDefined();
    // Right-aligned: the line starts far in (left margin empty), unlike the English edition's.
    expect(line.length - line.trimStart().length).toBeGreaterThan(20);
    const en = execFileSync('pdftotext', ['-layout', out.get('en')!.pdf, '-'], { encoding: 'utf8' }).split('\n').find((l) => l.includes('call 911'))!;
    expect(en.length - en.trimStart().length).toBeLessThan(5);
  });

  it('never prints what the public edition leaves out', () => {
    for (const [lang, { pdf }] of out) {
      const text = pdfText(pdf);
      for (const m of [MARK.confidential, MARK.responderSection, MARK.contact, MARK.mobile, MARK.evacNotes, MARK.utility, MARK.distribution, MARK.responderMap]) expect(text, `${lang}: ${m}`).not.toContain(m);
    }
    expect(printer.blocked).toEqual([]);
  });
});


describe('the public meeting notice (EC 32288(b)(2))', () => {
  const meeting = { date: '2027-02-03', location: 'Library', atSchoolsite: true, notices: [
    { recipient: 'mayor', name: 'Office of the Mayor, City of Alpha', date: '2027-01-20', method: 'letter' },
    { recipient: 'parent-organization', name: 'Alpha PTA', date: '2027-01-20', method: 'email' },
    { recipient: 'student-government', notApplicable: true, reason: 'Elementary school: no student government.' },
  ] };
  const plan = renderPlan({ publicMeeting: meeting as never });
  const format = (iso: string) => iso;

  it('writes a letter to each recipient on record, and to each kind of recipient the law names that is not yet recorded', () => {
    const view = meetingNoticeView({ plan, lang: 'en', dir: 'ltr', formatDate: format });
    expect(view.letters.map((l) => l.recipient)).toEqual(['Office of the Mayor, City of Alpha', 'Alpha PTA', 'School employee organization', 'Teacher organization', 'Requested notice of the meeting']);
    expect(view.notApplicable).toEqual(['Student body government: Elementary school: no student government']);
    expect(view.letters[0]!.paragraphs[0]!.text).toBe('Alpha Elementary will hold a public meeting on its Comprehensive School Safety Plan on 2027-02-03, in Library at the school. Anyone may come and give an opinion about the plan before it is adopted.');
    expect(meetingNoticeView({ plan: renderPlan(), lang: 'en', dir: 'ltr', formatDate: format }).letters).toEqual([]);
  });

  it('prints the district\'s translation of the letter, and the English with a note where it has none or it is stale', () => {
    const units = Object.fromEntries(noticeSource(plan).map((u) => [u.id, { sourceHash: u.hash, text: `ES ${u.text}` }]));
    units['notice.law'] = { sourceHash: 'old', text: 'ES old' };
    const view = meetingNoticeView({ plan, lang: 'es', dir: 'ltr', formatDate: format, translation: { language: 'es', units } });
    const letter = view.letters[0]!;
    expect(letter.subject).toEqual({ text: 'ES Public meeting on the Alpha Elementary Comprehensive School Safety Plan', lang: 'es' });
    expect(letter.paragraphs.map((p) => [p.lang, p.fallback])).toEqual([['es', undefined], ['es', undefined], ['en', 'stale'], ['es', undefined]]);
  });
});
