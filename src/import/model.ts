// The document model: mammoth's HTML as a flat list of blocks (headings, Markdown text, tables,
// images) in document order. Word counts are taken from the HTML's own text, so the report's
// "words in" does not depend on the Markdown conversion it checks.
import { parse, type HTMLElement, NodeType } from 'node-html-parser';
import TurndownService from 'turndown';
import { countWords } from './words.js';

/** How a heading typed by hand (bold, no heading style) is written: its numbering, or capitals. */
export type HeadingForm = 'number' | 'roman' | 'letter' | 'caps' | 'plain';

export type Block =
  | { kind: 'heading'; level: number; text: string; words: number; styled: boolean; form: HeadingForm }
  /**
   * lines: the text of each paragraph or list item, for rosters typed as lines; numbers: a typed
   * number starting the paragraph ("1. Leave by the nearest exit"), written as a list item's number.
   */
  | { kind: 'text'; markdown: string; words: number; lines: string[]; numbers: number }
  | { kind: 'table'; rows: string[][]; words: number }
  | { kind: 'image'; image: number };

/** The src convert.ts gives the n-th image, so the model can find it again. */
export const imageSrc = (n: number): string => `cssp-image:${n}`;

/** The class convert.ts gives a paragraph in the Title or Subtitle style. */
export const TITLE_CLASS = 'cssp-title';

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', codeBlockStyle: 'fenced' });
// Escapes only what Markdown would read as markup: turndown's own escape also wrote 1\. before a
// typed number, \- before a typed dash and \[a\] around any bracket, which the YAML then carried.
// A typed "1." or "-" at the start becomes a list item, as the writer meant; a bracket is escaped
// only where it could make a link ("](", "][", or "[x]:" starting a line).
turndown.escape = (text: string) => {
  let out = text
    .replace(/\\/g, '\\\\')
    .replace(/[*_`]/g, '\\$&')
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^(=+)/, '\\$1')
    .replace(/^~~~/, '\\~~~')
    .replace(/^(\d{4,})([.)])(?=\s)/, '$1\\$2')
    .replace(/^(-\s*){3,}$/, (m) => `\\${m}`);
  if (/\]\(|\]\[|^\s*\[[^\]]*\]:/.test(out)) out = out.replace(/[[\]]/g, '\\$&');
  return out;
};
const TYPED_NUMBER = /^\d{1,3}[.)]\s/;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
// Block elements are separated in text (structuredText), as Word separates paragraphs.
const textOf = (el: HTMLElement) => oneLine(el.structuredText.replace(/\n/g, ' '));

export function htmlToBlocks(html: string): Block[] {
  const root = parse(html);
  const elements = root.childNodes.filter((n): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE);
  // Bold paragraphs stand in for headings only in documents without heading styles (Google Docs
  // exports and hand-formatted Word files); elsewhere bold text is emphasis.
  const styled = elements.some((el) => /^h[1-6]$/.test(el.rawTagName) && !el.classList.contains(TITLE_CLASS));
  const blocks: Block[] = [];
  for (const el of elements) {
    const images = el.querySelectorAll('img').map((img) => Number(/^cssp-image:(\d+)$/.exec(img.getAttribute('src') ?? '')?.[1]));
    el.querySelectorAll('img').forEach((img) => img.remove());
    const text = textOf(el);
    const words = countWords(text);
    const tag = el.rawTagName;
    if (words > 0) {
      if (/^h[1-6]$/.test(tag)) blocks.push({ kind: 'heading', level: Number(tag[1]), text, words, styled: true, form: formOf(text) });
      else if (tag === 'table') {
        const rows = tableRows(el);
        blocks.push({ kind: 'table', rows, words: rows.flat().reduce((n, cell) => n + countWords(cell), 0) });
      }
      else if (!styled && tag === 'p' && isBoldHeading(el, text)) blocks.push({ kind: 'heading', level: boldLevel(text), text, words, styled: false, form: formOf(text) });
      else {
        const items = tag === 'ul' || tag === 'ol' ? el.querySelectorAll('li').map(textOf) : [text];
        blocks.push({ kind: 'text', markdown: turndown.turndown(el.outerHTML), words, lines: items, numbers: tag === 'p' && TYPED_NUMBER.test(text) ? 1 : 0 });
      }
    }
    for (const image of images) if (Number.isInteger(image)) blocks.push({ kind: 'image', image });
  }
  return blocks;
}

function tableRows(table: HTMLElement): string[][] {
  return table
    .querySelectorAll('tr')
    .map((tr) => tr.childNodes.filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE && /^t[dh]$/.test(c.rawTagName)).map(textOf))
    .filter((cells) => cells.some((c) => countWords(c) > 0));
}

/** Short, standalone and bold throughout: a heading typed by hand. */
function isBoldHeading(p: HTMLElement, text: string): boolean {
  if (countWords(text) > 14 || text.length > 120 || /[.;,]$/.test(text)) return false;
  const bold = p.querySelectorAll('strong').map(textOf).join('');
  return bold.replace(/\s/g, '') === text.replace(/\s/g, '');
}

export function formOf(text: string): HeadingForm {
  if (/^[0-9]+(\.[0-9]+)*[.):]?\s/.test(text)) return 'number';
  if (/^[IVXLC]+[.):]\s/.test(text)) return 'roman';
  if (/^\(?[A-Z][.):]\s/.test(text)) return 'letter';
  if (/\p{Lu}{3}/u.test(text) && text === text.toUpperCase()) return 'caps';
  return 'plain';
}

// Numbered ("3.", "IV.") or capitalised headings open a part of the plan; other bold lines are
// taken as sub-headings of the part they are in (assemble.ts decides with what is open).
const boldLevel = (text: string) => (formOf(text) === 'plain' ? 2 : 1);
