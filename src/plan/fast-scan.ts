// A scanner for the plainest YAML, the shape plans are written in (block maps and lists, one-line
// plain and quoted scalars, literal and folded block scalars, comments, `[]` and `{}`). It tells
// a sink the same events, offset for offset, as js-yaml's parseEvents (fast-read.ts), in half its
// time and without an object per event: one pass over the characters, no backtracking, no state
// snapshots. On anything else it gives up and js-yaml reads the file, as before;
// test/plan/fast-scan.test.ts holds the two to the same events on every file the scanner reads.
import type * as JsYaml from 'js-yaml';
import { CHOMPING, COLLECTION, EVENT, STYLE, type EventSink } from './yaml-events.js';

const { PLAIN, SINGLE_QUOTED: SINGLE, DOUBLE_QUOTED: DOUBLE, LITERAL_BLOCK: LITERAL, FOLDED_BLOCK: FOLDED } = STYLE;
const { CLIP, STRIP, KEEP } = CHOMPING;
const NO = -1;
const SPACE = 32, NL = 10, HASH = 35, COLON = 58, DASH = 45;
/** Beyond this, `yaml` and EventReader give up anyway (depth.ts allows 64). */
const MAX_NESTING = 64;
/** What may follow `-` or `?` for it to be an indicator in a flow list, not a plain scalar's start. */
const FLOW_END = ' \n,[]{}';

/** Characters a plain scalar cannot start with: # & * ! | > ' " % @ ` , [ ] { } */
const NOT_PLAIN = new Uint8Array(128);
for (const c of '#&*!|>\'"%@`,[]{}') NOT_PLAIN[c.charCodeAt(0)] = 1;

class GiveUp extends Error {}
const GIVE_UP = new GiveUp();
const giveUp = (): never => {
  throw GIVE_UP;
};

/** A character js-yaml or `yaml` treats specially anywhere: controls, tab, CR, C1 controls (NEL), BOM, surrogates, non-characters. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SPECIAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]/;
// A regex, not a loop over char codes: V8 runs the class natively, twice as fast on plans.
const plainCharacters = (text: string): boolean => !SPECIAL.test(text);

function hasBackslash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x5c) return true;
  return false;
}

/**
 * Tells `sink` the events of `text`'s one document (without the document's own events), or
 * returns false where the scanner is not sure of them; the sink may then have heard some.
 */
export function scanInto(text: string, sink: EventSink): boolean {
  if (!plainCharacters(text)) return false;
  try {
    new Scanner(text, sink).document();
    return true;
  } catch (err) {
    if (err === GIVE_UP) return false;
    throw err;
  }
}

/** The events as js-yaml's parseEvents gives them (the test compares them), or undefined. */
export function scanEvents(text: string): JsYaml.Event[] | undefined {
  const props = { anchorStart: NO, anchorEnd: NO, tagStart: NO, tagEnd: NO };
  const events: object[] = [{ type: EVENT.DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] }];
  const recorded = scanInto(text, {
    open: (start, seq, flow) => events.push({ type: seq ? EVENT.SEQUENCE : EVENT.MAPPING, start, ...props, style: flow ? COLLECTION.FLOW : COLLECTION.BLOCK }),
    scalar: (valueStart, valueEnd, style, fast, chomping, indent) =>
      events.push({ type: EVENT.SCALAR, valueStart, valueEnd, ...props, style, chomping, indent, fast }),
    block: (valueStart, valueEnd, style, chomping, indent) =>
      events.push({ type: EVENT.SCALAR, valueStart, valueEnd, ...props, style, chomping, indent, fast: false }),
    pop: () => events.push({ type: EVENT.POP }),
  });
  events.push({ type: EVENT.POP });
  return recorded ? (events as JsYaml.Event[]) : undefined;
}

class Scanner {
  private depth = 0;
  /** Start of the line the next content is on, and the content's first character (set by `next`). */
  private lineStart = 0;
  private at = 0;

  constructor(private readonly text: string, private readonly sink: EventSink) {}

  document(): void {
    this.next(0);
    if (this.at >= this.text.length || this.indent() !== 0) giveUp(); // an empty file, or an indented root
    this.node(0, false);
    if (this.at < this.text.length) giveUp(); // content less indented than the root cannot be
  }

  private indent(): number {
    return this.at - this.lineStart;
  }

  /** Moves to the next line with content from the line starting at `from`, past blank and comment lines. */
  private next(from: number): void {
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
  private endLine(from: number): void {
    const { text } = this;
    let at = from;
    while (text.charCodeAt(at) === SPACE) at++;
    if (at < text.length && text.charCodeAt(at) !== NL) {
      if (text.charCodeAt(at) !== HASH || at === from) giveUp();
    }
    const end = text.indexOf('\n', at);
    this.next(end === -1 ? text.length : end + 1);
  }

  /** A block node starting at this.at (a list or a map), whose lines are at `indent`. */
  private node(indent: number, sameIndentAsMap: boolean): void {
    if (++this.depth > MAX_NESTING) giveUp();
    if (this.isDash(this.at)) this.list(indent, sameIndentAsMap);
    else this.map(indent, this.at);
    this.depth--;
  }

  private isDash(at: number): boolean {
    const { text } = this;
    if (text.charCodeAt(at) !== DASH) return false;
    const c = text.charCodeAt(at + 1);
    return c === SPACE || c === NL || at + 1 >= text.length;
  }

  private scalar(valueStart: number, valueEnd: number, style: number, fast: boolean, chomping: number = CLIP, indent = -1): void {
    this.sink.scalar(valueStart, valueEnd, style, fast, chomping, indent);
  }

  private list(indent: number, sameIndentAsMap: boolean): void {
    this.sink.open(this.at, true, false);
    for (;;) {
      let at = this.at + 1;
      while (this.text.charCodeAt(at) === SPACE) at++;
      this.item(indent, at);
      if (this.at >= this.text.length || this.indent() < indent) break;
      if (this.indent() > indent) giveUp(); // js-yaml: bad indentation of a sequence entry
      if (!this.isDash(this.at)) {
        if (sameIndentAsMap) break; // `key:\n- a\nnext: b`: the list ends, the map goes on
        giveUp();
      }
    }
    this.sink.pop();
  }

  /** One list item, whose content starts at `at` on the dash's line. */
  private item(indent: number, at: number): void {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (at >= text.length || c === NL || c === HASH) {
      if (c === HASH && text.charCodeAt(at - 1) !== SPACE) giveUp();
      this.endLine(at);
      // An empty item (EventReader gives up on it) or content on the lines below.
      if (this.at >= text.length || this.indent() <= indent) giveUp();
      this.node(this.indent(), false);
      return;
    }
    if (this.isDash(at)) giveUp(); // `- - a`
    if (c === 0x27 || c === 0x22) {
      const close = this.quoted(at);
      if (this.keyFollows(close + 1)) giveUp(); // `- "a": 1`
      this.endLine(close + 1);
      if (this.at < text.length && this.indent() > indent) giveUp();
      return;
    }
    if (c === 0x7c || c === 0x3e) return this.block(at, indent);
    if (c === 0x5b || c === 0x7b) return this.flow(at, indent);
    if (!this.startsPlain(at)) giveUp(); // an anchor, alias, tag, …
    const colon = this.plainEnd(at);
    if (text.charCodeAt(colon) === COLON) {
      // `- key: value`: a map whose lines are at the key's column.
      if (++this.depth > MAX_NESTING) giveUp();
      this.map(at - this.lineStartOf(at), at);
      this.depth--;
      return;
    }
    this.plainValue(at, colon, indent);
  }

  private lineStartOf(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  /** A map at `indent` whose first key starts at `at`. */
  private map(indent: number, at: number): void {
    this.sink.open(at, false, false);
    let key = at;
    for (;;) {
      const afterColon = this.key(key) + 1;
      this.value(indent, afterColon);
      if (this.at >= this.text.length || this.indent() < indent) break;
      if (this.indent() > indent) giveUp(); // js-yaml: bad indentation of a mapping entry
      if (this.isDash(this.at)) giveUp(); // a list item where a key belongs
      key = this.at;
    }
    this.sink.pop();
  }

  /** Reads a key at `at` and returns the offset of its colon. */
  private key(at: number): number {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === 0x27 || c === 0x22) {
      const close = this.quoted(at);
      if (text.charCodeAt(close + 1) !== COLON || !this.separates(close + 2)) giveUp();
      return close + 1;
    }
    if (!this.startsPlain(at)) giveUp();
    const colon = this.plainEnd(at);
    if (text.charCodeAt(colon) !== COLON) giveUp(); // no `: `: not a key (a second line of a scalar, or an error)
    let end = colon;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    this.scalar(at, end, PLAIN, true);
    return colon;
  }

  private separates(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return c === SPACE || c === NL || at >= this.text.length;
  }

  private keyFollows(at: number): boolean {
    let p = at;
    while (this.text.charCodeAt(p) === SPACE) p++;
    return this.text.charCodeAt(p) === COLON;
  }

  /** A plain scalar may start here (js-yaml's canStartPlainScalar, block context). */
  private startsPlain(at: number): boolean {
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
  private plainEnd(at: number): number {
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

  /** The value after a key's colon (at `from`), in a map at `indent`. */
  private value(indent: number, from: number): void {
    const { text } = this;
    let at = from;
    while (text.charCodeAt(at) === SPACE) at++;
    const c = text.charCodeAt(at);
    if (at >= text.length || c === NL || c === HASH) {
      if (c === HASH && at === from) giveUp();
      this.endLine(at);
      const deeper = this.at < text.length && this.indent() > indent;
      if (deeper || (this.at < text.length && this.indent() === indent && this.isDash(this.at))) {
        const lines = this.indent();
        if (!this.isDash(this.at) && !this.startsKey(this.at)) giveUp(); // a scalar on the next line
        this.node(lines, lines === indent);
      } else {
        this.scalar(NO, NO, PLAIN, false); // no value: null
      }
      return;
    }
    if (c === 0x27 || c === 0x22) {
      const close = this.quoted(at);
      this.endLine(close + 1);
      if (this.at < text.length && this.indent() > indent) giveUp();
      return;
    }
    if (c === 0x7c || c === 0x3e) return this.block(at, indent);
    if (c === 0x5b || c === 0x7b) return this.flow(at, indent);
    if (!this.startsPlain(at)) giveUp(); // an anchor, alias, tag, list item on the key's line, …
    const end = this.plainEnd(at);
    if (text.charCodeAt(end) === COLON) giveUp(); // `a: b: c`
    this.plainValue(at, end, indent);
  }

  /** A line at this.at that starts with a key (plain or quoted, then `: `). */
  private startsKey(at: number): boolean {
    const c = this.text.charCodeAt(at);
    if (c === 0x27 || c === 0x22) return true; // key() gives up if it is not one
    return this.startsPlain(at) && this.text.charCodeAt(this.plainEnd(at)) === COLON;
  }

  /** A one-line plain scalar from `at` to `end` (a comment or the line's end), in a node at `indent`. */
  private plainValue(at: number, end: number, indent: number): void {
    let last = end;
    while (this.text.charCodeAt(last - 1) === SPACE) last--;
    this.scalar(at, last, PLAIN, true);
    this.endLine(last);
    if (this.at < this.text.length && this.indent() > indent) giveUp(); // a plain scalar over several lines
  }

  /** A one-line quoted scalar without escapes; returns the offset of its closing quote. */
  private quoted(at: number): number {
    const { text } = this;
    const quote = text[at]!;
    const close = text.indexOf(quote, at + 1);
    const lineEnd = text.indexOf('\n', at);
    if (close === -1 || (lineEnd !== -1 && close > lineEnd)) giveUp(); // over several lines
    if (quote === '\'' ? text.charCodeAt(close + 1) === 0x27 : hasBackslash(text, at + 1, close)) giveUp(); // escapes
    this.scalar(at + 1, close, quote === '\'' ? SINGLE : DOUBLE, true);
    return close;
  }

  /**
   * A flow collection as a value, on one line, of plain or quoted scalars: a list (`[en, es]`,
   * `[ "a", b ]`, `[]`) or a map (`{ name: Q1, start: 2025-08-13 }`, `{}`). Anything else in
   * brackets is js-yaml's: pairs in lists, nesting, empty entries or values, a comma before the
   * closing bracket, a line break.
   */
  private flow(at: number, indent: number): void {
    const { text } = this;
    const seq = text.charCodeAt(at) === 0x5b;
    let p = at + 1;
    this.sink.open(at, seq, true);
    while (text.charCodeAt(p) === SPACE) p++;
    if (text.charCodeAt(p) !== (seq ? 0x5d : 0x7d)) p = this.flowItems(p, seq);
    this.sink.pop();
    this.endLine(p + 1);
    if (this.at < text.length && this.indent() > indent) giveUp();
  }

  /** The entries of a one-line flow list or map from `at`; returns the offset of its closing bracket. */
  private flowItems(at: number, seq: boolean): number {
    const { text } = this;
    const close = seq ? 0x5d : 0x7d;
    let p = at;
    for (;;) {
      if (!seq) {
        p = this.flowScalar(p, true);
        // `key: value`: a colon and a space, then a value (an empty one is js-yaml's).
        if (text.charCodeAt(p) !== COLON || text.charCodeAt(p + 1) !== SPACE) giveUp();
        p += 2;
        while (text.charCodeAt(p) === SPACE) p++;
      }
      p = this.flowScalar(p, false);
      while (text.charCodeAt(p) === SPACE) p++;
      const next = text.charCodeAt(p);
      if (next === close) return p;
      if (next !== 0x2c) giveUp();
      p++;
      while (text.charCodeAt(p) === SPACE) p++;
      if (text.charCodeAt(p) === close || text.charCodeAt(p) === 0x2c) giveUp(); // `[a, ]`, `[a,, b]`
    }
  }

  /** A plain or quoted scalar in a flow collection at `at` (a key when `key`); returns where it ends. */
  private flowScalar(at: number, key: boolean): number {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === 0x27 || c === 0x22) {
      const end = this.quoted(at) + 1;
      // A quoted key's colon must follow at once; a list item or value is followed by `,` or the bracket.
      if (!key && this.keyFollows(end)) giveUp();
      return end;
    }
    if (!this.startsPlain(at) || ((c === DASH || c === 0x3f) && FLOW_END.includes(text[at + 1]!))) giveUp();
    let q = at;
    for (; q < text.length; q++) {
      const d = text.charCodeAt(q);
      if (d === 0x2c || d === 0x5d || d === 0x7d) break; // , ] }
      if (d === COLON) {
        if (key && text.charCodeAt(q + 1) === SPACE) break;
        giveUp(); // a colon in a value (a pair, or a URL: js-yaml's), or `a:b` as a key
      }
      // A line break, a comment, another bracket.
      if (d === NL || d === 0x5b || d === 0x7b || (d === HASH && text.charCodeAt(q - 1) === SPACE)) giveUp();
    }
    if (key && text.charCodeAt(q) !== COLON) giveUp(); // a key without a value
    let last = q;
    while (text.charCodeAt(last - 1) === SPACE) last--;
    if (key && last !== q) giveUp(); // `{a : b}`: a space before the colon is js-yaml's
    this.scalar(at, last, PLAIN, true);
    return q;
  }

  /**
   * A literal or folded block scalar whose header is at `at`, under a node at `indent`: the
   * header is `|` or `>` with at most a chomping sign; the first line has content, deeper than
   * `indent`. Offsets as js-yaml's readBlockScalar gives them: from the line after the header to
   * the end of the last line at or past the content's indentation, blank lines after it included.
   */
  private block(at: number, indent: number): void {
    const { text } = this;
    const style = text.charCodeAt(at) === 0x7c ? LITERAL : FOLDED;
    let p = at + 1;
    const sign = text.charCodeAt(p);
    const chomping = sign === 0x2b ? KEEP : sign === DASH ? STRIP : CLIP;
    if (chomping !== CLIP) p++;
    if (text.charCodeAt(p) !== NL) giveUp(); // an indentation indicator, a comment, spaces
    const valueStart = p + 1;
    let content = valueStart;
    while (text.charCodeAt(content) === SPACE) content++;
    const contentIndent = content - valueStart;
    if (content >= text.length || text.charCodeAt(content) === NL || contentIndent <= indent) giveUp(); // blank-led or empty
    let line = valueStart;
    let valueEnd = valueStart;
    // A literal block's value as js-yaml's getBlockValue makes it: each line past the indentation,
    // blank lines empty, then the chomping. A folded one is left to js-yaml to decode.
    const literal = style === LITERAL;
    const lines: string[] = [];
    let blanks = 0;
    for (;;) {
      let q = line;
      while (text.charCodeAt(q) === SPACE) q++;
      const spaces = q - line;
      const blank = q >= text.length || text.charCodeAt(q) === NL;
      // A line of spaces deeper than the block: text to js-yaml, an empty line to `yaml` (fast-read-text.ts).
      if (blank && spaces > contentIndent) giveUp();
      if (q >= text.length) break;
      if (blank) {
        blanks++;
        valueEnd = line = q + 1;
        continue;
      }
      if (spaces < contentIndent) break; // less indented: the block ends
      let end = text.indexOf('\n', q);
      if (end === -1) end = text.length;
      if (literal) {
        for (; blanks > 0; blanks--) lines.push('');
        lines.push(text.slice(line + contentIndent, end));
      }
      blanks = 0;
      valueEnd = line = Math.min(end + 1, text.length);
    }
    const body = lines.join('\n');
    const value = !literal ? undefined : chomping === STRIP ? body : chomping === KEEP ? body + '\n'.repeat(1 + blanks) : `${body}\n`;
    this.sink.block(valueStart, valueEnd, style, chomping, contentIndent, at, value);
    this.next(line);
  }
}
