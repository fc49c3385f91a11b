// Builds a plan's values and position table from its events (the scanner's or js-yaml's;
// fast-read.ts), the way `yaml`'s Document and buildPositions (positions.ts) would, or gives up
// (undefined) where they could differ. Each `this.giveUp()` below is a guard; the comment beside it
// says why.
import type * as JsYaml from 'js-yaml';
import { resolvePlain } from './core-scalars.js';
import { COLLECTION, EVENT, STYLE, type EventSink } from './yaml-events.js';
import { MAX_DEPTH } from './depth.js';
import type { FastRead } from './fast-read.js';
import { blockHeaderAt, commentsBelong, setKey, spansLines, trimEnd } from './fast-read-text.js';
import { SCALAR, type PositionEntry } from './positions.js';
import { entryAt, tableOf, type PositionNode } from './fast-read-positions.js';

/** `yaml` rejects an implicit key whose text runs past 1,024 characters. */
const MAX_KEY = 1000;

interface Frame {
  seq: boolean;
  flow: boolean;
  value: unknown[] | Record<string, unknown>;
  node: PositionNode;
  entry: PositionEntry;
  depth: number;
  /** Where the collection's content seen so far ends (keys and values). */
  end: number;
  /** The key waiting for its value (maps). */
  pending: string | undefined;
  keyStart: number;
  keyEnd: number;
}

class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

export class EventReader implements EventSink {
  private rootEntry: PositionEntry | undefined;
  private rootNode: PositionNode | undefined;
  private readonly stack: Frame[] = [];
  private root: unknown;

  /** `lib`: js-yaml, for the values of block scalars and escaped or folded ones (its own decoding). */
  constructor(private readonly text: string, private readonly lib: () => typeof JsYaml) {}

  /**
   * The reading, once `feed` has told this reader every event: undefined where `yaml` must read
   * the file, false where `feed` itself declined (returned false) before finishing.
   */
  read(feed: (reader: EventReader) => boolean): FastRead | undefined | false {
    try {
      if (!feed(this)) return false;
      // Only a map at the root: an empty file, a lone scalar or list is `yaml`'s to report.
      if (this.stack.length > 0 || this.root === undefined || Array.isArray(this.root)) this.giveUp();
    } catch (err) {
      if (err === GIVE_UP) return undefined;
      throw err;
    }
    const [entry, node] = [this.rootEntry!, this.rootNode!];
    return { data: this.root, positions: () => tableOf(entry, node), positionAt: (key) => entryAt(entry, node, key) };
  }

  private giveUp(): never {
    throw GIVE_UP;
  }

  /** Tells this reader js-yaml's events. */
  replay(events: JsYaml.Event[]): boolean {
    let documents = 0;
    for (const ev of events) {
      if (ev.type === EVENT.DOCUMENT) {
        // A second document is an error in a plan; directives and `...` are `yaml`'s to read.
        if (++documents > 1 || ev.explicitEnd || ev.directives.length > 0) this.giveUp();
      } else if (ev.type === EVENT.POP) {
        this.pop();
      } else if (ev.type === EVENT.ALIAS) {
        this.giveUp(); // anchors and aliases: positions and the alias limit are `yaml`'s
      } else if (ev.anchorStart !== -1 || ev.tagStart !== -1) {
        this.giveUp(); // a tag or an anchor: `yaml` warns about tags and places anchors differently
      } else if (ev.type === EVENT.SCALAR) {
        this.scalar(ev.valueStart, ev.valueEnd, ev.style, ev.fast, ev.chomping, ev.indent);
      } else {
        this.open(ev.start, ev.type === EVENT.SEQUENCE, ev.style === COLLECTION.FLOW);
      }
    }
    return true;
  }

  pop(): void {
    if (this.stack.length > 0) this.close(); // the document's own end closes nothing
  }

  /** A scalar's value from its text, as js-yaml decodes it (quotes, folding, block indentation). */
  private decoded(valueStart: number, valueEnd: number, style: number, fast: boolean, chomping: number, indent: number): string {
    if (fast) return this.text.slice(valueStart, valueEnd);
    const ev = { type: EVENT.SCALAR, valueStart, valueEnd, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style, chomping, indent, fast };
    return this.lib().getScalarValue(this.text, ev as JsYaml.ScalarEvent);
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  open(start: number, seq: boolean, flow: boolean): void {
    const parent = this.top();
    if (parent && !parent.seq && parent.pending === undefined) this.giveUp(); // a list or map as a key
    // `[a: b]`: `yaml` keeps a pair in the list, not a map.
    if (!seq && parent?.flow && parent.seq && this.text[start] !== '{') this.giveUp();
    const depth = (parent?.depth ?? 0) + 1;
    if (depth > MAX_DEPTH) this.giveUp(); // `yaml`'s reading reports the depth
    const value = seq ? [] : {};
    const node: PositionNode = { names: seq ? undefined : [], entries: [], items: [] };
    const frame: Frame = { seq, flow, value, node, entry: [start, start + 1, -1, -1, 0], depth, end: start + 1, pending: undefined, keyStart: -1, keyEnd: -1 };
    this.place(value, frame.entry, start + 1, node);
    this.stack.push(frame);
  }

  private close(): void {
    const frame = this.stack.pop()!;
    if (frame.pending !== undefined) this.giveUp();
    const { text } = this;
    const start = frame.entry[0];
    if (frame.flow) {
      let at = frame.end;
      while (text[at] === ' ' || text[at] === ',' || text[at] === ':') at++;
      if (text[at] !== (frame.seq ? ']' : '}')) this.giveUp();
      // A flow collection over several lines: js-yaml accepts indentation there that `yaml` does not.
      if (spansLines(text, start, at)) this.giveUp();
      frame.entry[1] = frame.end = at + 1;
    } else {
      // positions.ts: a collection's span is its first line, trimmed when the collection ends there
      // (trimmed as positions.ts trims: a no-break space at the end of a value counts as space).
      let lineEnd = text.indexOf('\n', start);
      if (lineEnd === -1) lineEnd = text.length;
      const trimmed = trimEnd(text, start, lineEnd);
      const endsOnLine = trimEnd(text, start, frame.end) <= lineEnd && (trimmed === lineEnd || !this.belongs(start, lineEnd));
      frame.entry[1] = endsOnLine ? Math.max(start + 1, trimmed) : lineEnd;
    }
    const parent = this.top();
    if (parent) parent.end = Math.max(parent.end, frame.end);
  }

  private belongs(start: number, lineEnd: number): boolean {
    return commentsBelong(this.text, start, lineEnd) ?? this.giveUp();
  }

  /** Puts a value and its position into its parent (or at the root). */
  private place(value: unknown, entry: PositionEntry, end: number, node?: PositionNode): void {
    const parent = this.top();
    if (!parent) {
      if (this.root !== undefined) this.giveUp();
      [this.root, this.rootEntry, this.rootNode] = [value, entry, node];
      return;
    }
    if (parent.seq) {
      (parent.value as unknown[]).push(value);
    } else {
      const name = parent.pending!;
      setKey(parent.value as Record<string, unknown>, name, value);
      parent.node.names!.push(name);
      entry[2] = parent.keyStart;
      entry[3] = parent.keyEnd;
      parent.pending = undefined;
    }
    parent.node.entries.push(entry);
    parent.node.items.push(node);
    if (end > parent.end) parent.end = end;
  }

  scalar(vs: number, ve: number, style: number, fast: boolean, chomping: number, indent: number): void {
    const parent = this.top();
    if (!parent) this.giveUp(); // a scalar document
    if (!parent.seq && parent.pending === undefined) return this.key(parent, vs, ve, style, fast, chomping, indent);
    const { text } = this;
    if (style === STYLE.PLAIN) {
      if (vs === -1) {
        if (parent.seq) this.giveUp(); // an empty list item: positions.ts points at its "-"
        this.place(null, [-1, -1, -1, -1, 0], 0);
        return;
      }
      const source = this.decoded(vs, ve, style, fast, chomping, indent);
      const end = trimEnd(text, vs, ve);
      // A value that is only a no-break space has no text of its own to positions.ts (which trims \s).
      if (end === vs && parent.seq) this.giveUp();
      this.place(resolvePlain(source), end === vs ? [-1, -1, -1, -1, 0] : [vs, end, -1, -1, SCALAR], ve);
    } else if (style === STYLE.SINGLE_QUOTED || style === STYLE.DOUBLE_QUOTED) {
      if (spansLines(text, vs, ve)) this.giveUp(); // folding of quoted lines: `yaml` checks their indentation
      this.place(this.decoded(vs, ve, style, fast, chomping, indent), [vs - 1, ve + 1, -1, -1, SCALAR], ve + 1);
    } else {
      const header = blockHeaderAt(text, parent.seq ? -1 : parent.keyEnd, vs, ve, indent);
      if (header === -1) this.giveUp();
      this.block(vs, ve, style, chomping, indent, header, undefined);
    }
  }

  block(vs: number, ve: number, style: number, chomping: number, indent: number, header: number, value: string | undefined): void {
    const parent = this.top();
    if (!parent || (!parent.seq && parent.pending === undefined)) this.giveUp(); // a block scalar as a document or a key
    const decoded = value ?? this.decoded(vs, ve, style, false, chomping, indent);
    this.place(decoded, [header, Math.max(header + 1, trimEnd(this.text, header, ve)), -1, -1, SCALAR], ve);
  }

  private key(parent: Frame, vs: number, ve: number, style: number, fast: boolean, chomping: number, indent: number): void {
    const { text } = this;
    let name: unknown;
    let start = vs;
    let end = ve;
    if (style === STYLE.PLAIN) {
      if (vs === -1) this.giveUp(); // an empty key is null: `yaml` names it differently
      name = resolvePlain(this.decoded(vs, ve, style, fast, chomping, indent));
    } else if (style === STYLE.SINGLE_QUOTED || style === STYLE.DOUBLE_QUOTED) {
      name = this.decoded(vs, ve, style, fast, chomping, indent);
      start = vs - 1;
      end = ve + 1;
    } else {
      this.giveUp(); // a block scalar as a key
    }
    // A null key, a key over lines or longer than `yaml` allows, a merge key (`<<`), a repeated key.
    if (name === null || spansLines(text, start, end) || end - start > MAX_KEY) this.giveUp();
    const stringKey = String(name as string | number | boolean); // a scalar: as `yaml`'s toJS names it
    // An empty key's path in positions.ts is the root's ('').
    if (stringKey === '<<' || stringKey === '' || Object.prototype.hasOwnProperty.call(parent.value, stringKey)) this.giveUp();
    parent.pending = stringKey;
    parent.keyStart = start;
    parent.keyEnd = end;
    parent.end = Math.max(parent.end, end);
  }
}
