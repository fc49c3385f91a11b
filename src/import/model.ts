// The document model: mammoth's HTML as a flat list of blocks (headings, Markdown text, tables,
// images) in document order. Word counts are taken from the HTML's own text, so the report's
// "words in" does not depend on the Markdown conversion it checks.
import { parse, type HTMLElement, NodeType } from 'node-html-parser';
import TurndownService from 'turndown';
import { countWords } from './words.js';

export type Block =
  | { kind: 'heading'; level: number; text: string; words: number; styled: boolean }
  | { kind: 'text'; markdown: string; words: number }
  | { kind: 'table'; rows: string[][]; words: number }
  | { kind: 'image'; image: number };

/** The src convert.ts gives the n-th image, so the model can find it again. */
export const imageSrc = (n: number): string => `cssp-image:${n}`;

/** The class convert.ts gives a paragraph in the Title or Subtitle style. */
export const TITLE_CLASS = 'cssp-title';

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', codeBlockStyle: 'fenced' });
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
      if (/^h[1-6]$/.test(tag)) blocks.push({ kind: 'heading', level: Number(tag[1]), text, words, styled: true });
      else if (tag === 'table') {
        const rows = tableRows(el);
        blocks.push({ kind: 'table', rows, words: rows.flat().reduce((n, cell) => n + countWords(cell), 0) });
      }
      else if (!styled && tag === 'p' && isBoldHeading(el, text)) blocks.push({ kind: 'heading', level: boldLevel(text), text, words, styled: false });
      else blocks.push({ kind: 'text', markdown: turndown.turndown(el.outerHTML), words });
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

// Numbered ("3.", "IV.") or capitalised headings open a part of the plan; other bold lines are
// taken as sub-headings of the part they are in.
const boldLevel = (text: string) => (/^([0-9]+|[IVXLC]+)[.)]\s/.test(text) || (/[A-Z]{3}/.test(text) && text === text.toUpperCase()) ? 1 : 2);
