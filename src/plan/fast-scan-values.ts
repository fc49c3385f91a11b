// The scanner's one-line flow collections and block scalars (fast-scan.ts), as js-yaml reads them
// (readFlowCollection, readBlockScalar) for the subset the scanner reads; anything else gives up.
import { CLIP, COLON, DASH, FOLDED, HASH, KEEP, LITERAL, NL, PLAIN, SPACE, STRIP, TextCursor, giveUp } from './fast-scan-text.js';

/** What may follow `-` or `?` for it to be an indicator in a flow list, not a plain scalar's start. */
const FLOW_END = ' \n,[]{}';

export class ValueScanner extends TextCursor {
  /**
   * A flow collection as a value, on one line, of plain or quoted scalars: a list (`[en, es]`,
   * `[ "a", b ]`, `[]`) or a map (`{ name: Q1, start: 2025-08-13 }`, `{}`). Anything else in
   * brackets is js-yaml's: pairs in lists, nesting, empty entries or values, a comma before the
   * closing bracket, a line break.
   */
  protected flow(at: number, indent: number): void {
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
  protected flowItems(at: number, seq: boolean): number {
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
  protected flowScalar(at: number, key: boolean): number {
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
  protected block(at: number, indent: number): void {
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
