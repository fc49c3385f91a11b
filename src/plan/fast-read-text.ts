// Text measurements for the fast reading path (fast-read-events.ts): where `yaml` would put a
// node's start and end, found in the text around the offsets js-yaml gives. -1 or undefined where
// the text is not what plans use, which sends the file to `yaml`.

const SPACE = /\s/;

/** `end` moved back over whitespace, as positions.ts trims (\s: a no-break space counts). */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    // ASCII by its code (most of a plan), the rest as \s defines it.
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && SPACE.test(text[end - 1]!))) end--;
    else break;
  }
  return end;
}

const lineEndAt = (text: string, at: number): number => {
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline;
};

/** Whether a line break lies in [start, end): a bounded scan (indexOf to the next break, on one long line of many nodes, made reading quadratic). */
export const spansLines = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
};

/**
 * As `yaml`'s toJS sets a key: one the object already answers to becomes its own property. Of the
 * names an object inherits only `__proto__` is not a plain writable value (assigning `toString`
 * makes an own property, as defineProperty does), so only it needs defineProperty.
 */
export function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/**
 * Whether `yaml` counts the comment lines after a one-line block collection (starting at `start`,
 * its line ending at `lineEnd`) as part of it: it does when the first of them is indented deeper
 * than the collection. Undefined (give up) when they are indented both ways.
 */
export function commentsBelong(text: string, start: number, lineEnd: number): boolean | undefined {
  const column = start - (text.lastIndexOf('\n', start - 1) + 1);
  let deeper: boolean | undefined;
  for (let at = lineEnd + 1; at < text.length; at = lineEndAt(text, at) + 1) {
    let indent = 0;
    while (text[at + indent] === ' ') indent++;
    const c = text[at + indent];
    if (c === '\n' || c === '\r' || c === undefined) continue; // a blank line
    if (c !== '#') break;
    if (deeper === undefined) deeper = indent > column;
    else if (deeper !== indent > column) return undefined;
  }
  return deeper === true;
}

/** Only spaces (and carriage returns, when `cr`) in [start, end). */
function onlySpaces(text: string, start: number, end: number, cr = true): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && !(cr && c === 0x0d)) return false;
  }
  return true;
}

/** A line break to a multi-line regex's ^ and $: \n, \r, U+2028, U+2029. */
const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * A line in [start, end) of only spaces, more of them than `indent`: what /^ +\r?$/gm finds in
 * that slice, without the slice and the regex (a third of this function's time on plans).
 */
function deepBlankLine(text: string, start: number, end: number, indent: number): boolean {
  let lineStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isBreak(text.charCodeAt(i))) continue;
    if (i - lineStart > indent && i > lineStart && onlySpaces(text, lineStart, i, false)) return true;
    lineStart = i + 1;
  }
  return false;
}

/**
 * Where a block scalar's `|` or `>` is: after its key's colon (`keyEnd`), or after its list dashes
 * (`keyEnd` -1); its content runs from `vs` to `ve` at `indent`. -1 where `yaml` must read it.
 */
export function blockHeaderAt(text: string, keyEnd: number, vs: number, ve: number, indent: number): number {
  // Content starts on the line after the header.
  if (vs <= 0 || text[vs - 1] !== '\n') return -1;
  // A block beginning with a blank line: the two disagree on its indentation.
  if (ve > vs && onlySpaces(text, vs, Math.min(ve, lineEndAt(text, vs)))) return -1;
  // A line of spaces deeper than the block's indentation: text to js-yaml, an empty line to `yaml`.
  if (deepBlankLine(text, vs, ve, indent)) return -1;
  const lineStart = text.lastIndexOf('\n', vs - 2) + 1;
  let at: number;
  if (keyEnd === -1) {
    for (at = lineStart; text[at] === ' '; at++);
    while (text[at] === '-' && text[at + 1] === ' ') for (at++; text[at] === ' '; at++);
  } else {
    if (keyEnd < lineStart) return -1; // the header on a line of its own after the key
    for (at = keyEnd; text[at] === ' '; at++);
    if (text[at++] !== ':') return -1;
    while (text[at] === ' ') at++;
  }
  return (text[at] === '|' || text[at] === '>') && at < vs ? at : -1;
}
