// The text side of the scanner (fast-scan.ts): where lines and their content start, what a plain
// scalar may start with and where it ends, one-line quoted scalars, and giving up. Offsets and rules
// are js-yaml's (readPlainScalar, canStartPlainScalar, skipSeparationSpace) for the subset read.
import { CHOMPING, STYLE, type EventSink } from './yaml-events.js';

export const { PLAIN, SINGLE_QUOTED: SINGLE, DOUBLE_QUOTED: DOUBLE, LITERAL_BLOCK: LITERAL, FOLDED_BLOCK: FOLDED } = STYLE;
export const { CLIP, STRIP, KEEP } = CHOMPING;
export const NO = -1;
export const SPACE = 32, NL = 10, HASH = 35, COLON = 58, DASH = 45;
/** Beyond this, `yaml` and EventReader give up anyway (depth.ts allows 64). */
export const MAX_NESTING = 64;

/** Characters a plain scalar cannot start with: # & * ! | > ' " % @ ` , [ ] { } */
const NOT_PLAIN = new Uint8Array(128);
for (const c of '#&*!|>\'"%@`,[]{}') NOT_PLAIN[c.charCodeAt(0)] = 1;

class GiveUp extends Error {}
export const GIVE_UP = new GiveUp();
export const giveUp = (): never => {
  throw GIVE_UP;
};

/** A character js-yaml or `yaml` treats specially anywhere: controls, tab, CR, C1 controls (NEL), BOM, surrogates, non-characters. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SPECIAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]/;
// A regex, not a loop over char codes: V8 runs the class natively, twice as fast on plans.
export const plainCharacters = (text: string): boolean => !SPECIAL.test(text);

function hasBackslash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x5c) return true;
  return false;
}

export class TextCursor {
  protected depth = 0;
  /** Start of the line the next content is on, and the content's first character (set by `next`). */
  protected lineStart = 0;
  protected at = 0;

  constructor(protected readonly text: string, protected readonly sink: EventSink) {}

  protected indent(): number {
    return this.at - this.lineStart;
  }

  /** Moves to the next line with content from the line starting at `from`, past blank and comment lines. */
  protected next(from: number): void {
    const { text } = this;
    let line = from;
    for (;;) {
      let at = line;
      while (text.charCodeAt(at) === SPACE) at++;
      if (at >= text.length) {
        this.lineStart = line;
        this.at = text.length;
        return;
      }
      const c = text.charCodeAt(at);
      if (c !== NL && c !== HASH) {
        // A document marker at a line's start: the guards allow one bare `---` first; js-yaml then reads on.
        if (at === line && (text.startsWith('---', at) || text.startsWith('...', at))) giveUp();
        this.lineStart = line;
        this.at = at;
        return;
      }
      const end = text.indexOf('\n', at);
      if (end === -1) {
        this.lineStart = text.length;
        this.at = text.length;
        return;
      }
      line = end + 1;
    }
  }

  /** After a value: the rest of its line must be spaces and at most a comment; then the next content. */
  protected endLine(from: number): void {
    const { text } = this;
    let at = from;
    while (text.charCodeAt(at) === SPACE) at++;
    if (at < text.length && text.charCodeAt(at) !== NL) {
      if (text.charCodeAt(at) !== HASH || at === from) giveUp();
    }
    const end = text.indexOf('\n', at);
    this.next(end === -1 ? text.length : end + 1);
  }

  protected isDash(at: number): boolean {
    const { text } = this;
    if (text.charCodeAt(at) !== DASH) return false;
    const c = text.charCodeAt(at + 1);
    return c === SPACE || c === NL || at + 1 >= text.length;
  }

  protected scalar(valueStart: number, valueEnd: number, style: number, fast: boolean, chomping: number = CLIP, indent = -1): void {
    this.sink.scalar(valueStart, valueEnd, style, fast, chomping, indent);
  }

  protected separates(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return c === SPACE || c === NL || at >= this.text.length;
  }

  protected keyFollows(at: number): boolean {
    let p = at;
    while (this.text.charCodeAt(p) === SPACE) p++;
    return this.text.charCodeAt(p) === COLON;
  }

  /** A plain scalar may start here (js-yaml's canStartPlainScalar, block context). */
  protected startsPlain(at: number): boolean {
    const c = this.text.charCodeAt(at);
    // # & * ! | > ' " % @ ` , [ ] { }
    if (c < 0x80 && NOT_PLAIN[c] === 1) return false;
    if (c === 0x3f || c === DASH || c === COLON) return !this.separates(at + 1);
    return true;
  }

  /**
   * Where a one-line plain scalar starting at `at` ends: at a `: ` (a key's colon), at a comment
   * or at the line's end. Returns the offset of the colon, or of the end (trailing spaces kept).
   */
  protected plainEnd(at: number): number {
    const { text } = this;
    let p = at;
    for (; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c === NL) break;
      if (c === COLON && this.separates(p + 1)) break;
      if (c === HASH && text.charCodeAt(p - 1) === SPACE) break;
    }
    return p;
  }

  /** A one-line quoted scalar without escapes; returns the offset of its closing quote. */
  protected quoted(at: number): number {
    const { text } = this;
    const quote = text[at]!;
    const close = text.indexOf(quote, at + 1);
    const lineEnd = text.indexOf('\n', at);
    if (close === -1 || (lineEnd !== -1 && close > lineEnd)) giveUp(); // over several lines
    if (quote === '\'' ? text.charCodeAt(close + 1) === 0x27 : hasBackslash(text, at + 1, close)) giveUp(); // escapes
    this.scalar(at + 1, close, quote === '\'' ? SINGLE : DOUBLE, true);
    return close;
  }
}
