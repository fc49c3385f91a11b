// Edition view + version stamp -> HTML for the printer, with the page header and footer. Pure
// apart from reading the package's own templates once. Handlebars escapes every value; the
// only unescaped inserts are markdown-it output (html:false), the CSS and data: URIs.
import { readText } from '../util/files.js';
import { packageFile } from '../version.js';
import { utilityName } from '../plan/utilities.js';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { fontFaces } from './fonts.js';
import { fontStack, scriptFontFaces } from './script-fonts.js';
import type { FamilyView, Passage } from '../edition/family.js';
import type { MeetingNoticeView } from '../edition/meeting-notice.js';
import { pageMarginCss } from './page-margins.js';
import { markdownToHtml } from './markdown.js';
import { stampLine, type VersionStamp } from '../edition/stamp.js';
import type { EditionView } from '../edition/view.js';

/** A document to print: its running header, footer and page numbers are in its own CSS (page-margins.ts). */
export interface RenderedHtml {
  html: string;
  title: string;
}

const TEMPLATES = packageFile('templates/');

interface Compiled {
  document: Handlebars.TemplateDelegate;
  front: Handlebars.TemplateDelegate;
  family: Handlebars.TemplateDelegate;
  notice: Handlebars.TemplateDelegate;
  css: string;
}
let compiled: Compiled | undefined;

function templates(): Compiled {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  hb.registerHelper('markdown', (text: unknown) => new hb.SafeString(typeof text === 'string' ? markdownToHtml(text) : ''));
  hb.registerHelper('or', (a: unknown, b: unknown) => !!a || !!b);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('isNumber', (a: unknown) => typeof a === 'number');
  hb.registerHelper('utilityName', utilityName);
  const partials = join(TEMPLATES, 'partials');
  for (const name of readdirSync(partials).filter((n) => n.endsWith('.hbs'))) {
    hb.registerPartial(basename(name, '.hbs'), readText(join(partials, name)));
  }
  const compile = (name: string) => hb.compile(readText(join(TEMPLATES, name)), { strict: false, noEscape: false });
  compiled = { document: compile('document.hbs'), front: compile('bundle-front.hbs'), family: compile('family.hbs'), notice: compile('meeting-notice.hbs'), css: readText(join(TEMPLATES, 'print.css')) };
  return compiled;
}

export function documentTitle(view: EditionView): string {
  return `${view.site.name} - Comprehensive School Safety Plan ${view.schoolYear} - ${view.editionTitle}`;
}

/** `preview` prints the header and stamp at the top, for --html (a browser shows no page margins). */
export function renderHtml(view: EditionView, stamp: VersionStamp, options: { preview?: boolean } = {}): RenderedHtml {
  const t = templates();
  const title = documentTitle(view);
  const stampText = stampLine(stamp);
  const headerText = `${view.site.name} · ${view.editionTitle} · ${view.schoolYear}`;
  const margins = pageMarginCss({ topLeft: view.site.name, topRight: `${view.editionTitle} · ${view.schoolYear}`, bottomLeft: stampText });
  const html = t.document({ view, title, css: t.css, margins, fontFaces: fontFaces(), stamp: stampText, header: headerText, preview: options.preview });
  return { html, title };
}

export interface FrontMatter {
  title: string;
  district: string | undefined;
  schoolYear: string;
  editionTitle: string;
  rendered: string;
  entries: { name: string; version: string | undefined; pages: number; first: number }[];
  /** Sites that could not be printed, by name. */
  failed: string[];
  /** Set when the district PDF is split into volumes: this one's number, and every volume's first and last site. */
  volume?: { index: number; count: number; sites: number; ranges: { index: number; first: string; last: string }[] };
}

/** Cover and contents of the combined district PDF. */
export function renderFront(front: FrontMatter): RenderedHtml {
  const t = templates();
  const margins = pageMarginCss({ topLeft: front.district ?? '', topRight: `${front.editionTitle} · ${front.schoolYear}`, bottomLeft: `Printed ${front.rendered} · cover and contents` });
  return { html: t.front({ ...front, css: t.css, margins, fontFaces: fontFaces() }), title: front.title };
}

/** Left-to-right text isolated (U+2066...U+2069) in a right-to-left document, where "2026-27" would read "27-2026". */
const isolated = (text: string, dir: 'ltr' | 'rtl') => (dir === 'rtl' ? `\u2066${text}\u2069` : text);

/**
 * The family edition: lang and dir on the document and on every passage (an English passage in
 * an Arabic document is left to right), fonts for the scripts it prints, and the version stamp.
 */
export function renderFamilyHtml(view: FamilyView, stampText: string, title: string): RenderedHtml {
  const t = templates();
  const say = { ...view.catalog.strings };
  const rendered = (p: Passage) => ({ ...p, html: markdownToHtml(p.text), ltr: p.lang === 'en' && view.dir === 'rtl' });
  // The district's alert channels print under "How we reach you", its public lines under "Questions".
  const parts = view.parts.map((p) => ({ heading: p.heading, body: rendered(p.body), alerts: p.part === 'notification' ? view.alerts : [], contacts: p.part === 'contact' ? view.contacts : [] }));
  const text = JSON.stringify({ say, parts, contacts: view.contacts, alerts: view.alerts, school: view.school });
  const reviewNote = view.catalog.review.state === 'draft' ? `The ${view.catalog.englishName} headings and general guidance in this document are a draft not yet reviewed by a native speaker.` : view.catalog.review.state === 'none' ? view.catalog.review.note : undefined;
  const sayLang = view.catalog.stringsLang ?? view.lang;
  const margins = pageMarginCss({ topLeft: view.school.name, topRight: `${say.title} · ${isolated(view.schoolYear, view.dir)}`, bottomLeft: stampText });
  const html = t.family({ view, say, sayLang, parts, title, css: t.css, fontFaces: fontFaces(), scriptFonts: scriptFontFaces(text), fontStack: fontStack(view.lang), margins, reviewNote });
  return { html, title };
}

/** The meeting notice: a letter a page, each to one recipient; the stale note from the language's catalog. */
export function renderMeetingNoticeHtml(view: MeetingNoticeView, stale: string, stampText: string, title: string): RenderedHtml {
  const t = templates();
  const letters = view.letters.map((l) => ({
    ...l, showType: l.recipient !== l.recipientType,
    paragraphs: l.paragraphs.map((p) => ({ ...p, ltr: p.lang === 'en' && view.dir === 'rtl' })),
  }));
  const margins = pageMarginCss({ topLeft: view.school, topRight: isolated(view.schoolYear, view.dir), bottomLeft: stampText });
  const text = JSON.stringify(letters) + stale;
  const html = t.notice({ view, letters, stale, title, css: t.css, fontFaces: fontFaces(), scriptFonts: scriptFontFaces(text), fontStack: fontStack(view.lang), margins });
  return { html, title };
}
