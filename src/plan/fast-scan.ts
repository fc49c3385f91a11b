// A scanner for the plainest YAML, the shape plans are written in (block maps and lists, one-line
// plain and quoted scalars, literal and folded block scalars, comments, one-line flow lists and maps
// of scalars). It tells
// a sink the same events, offset for offset, as js-yaml's parseEvents (fast-read.ts), in half its
// time and without an object per event: one pass over the characters, no backtracking, no state
// snapshots. On anything else it gives up and js-yaml reads the file, as before;
// test/plan/fast-scan.test.ts holds the two to the same events on every file the scanner reads.
import type * as JsYaml from 'js-yaml';
import { COLLECTION, EVENT, type EventSink } from './yaml-events.js';
import { COLON, GIVE_UP, HASH, MAX_NESTING, NL, NO, PLAIN, SPACE, giveUp, plainCharacters } from './fast-scan-text.js';
import { ValueScanner } from './fast-scan-values.js';

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

/** The block structure: maps, lists, keys and values, line by line. */
class Scanner extends ValueScanner {
  document(): void {
    this.next(0);
    if (this.at >= this.text.length || this.indent() !== 0) giveUp(); // an empty file, or an indented root
    this.node(0, false);
    if (this.at < this.text.length) giveUp(); // content less indented than the root cannot be
  }

  /** A block node starting at this.at (a list or a map), whose lines are at `indent`. */
  private node(indent: number, sameIndentAsMap: boolean): void {
    if (++this.depth > MAX_NESTING) giveUp();
    if (this.isDash(this.at)) this.list(indent, sameIndentAsMap);
    else this.map(indent, this.at);
    this.depth--;
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
      // `- key: value`: a map whose lines are at the key's column (on the dash's line, this.lineStart's).
      if (++this.depth > MAX_NESTING) giveUp();
      this.map(at - this.lineStart, at);
      this.depth--;
      return;
    }
    this.plainValue(at, colon, indent);
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
}
