// What the fast reading path (fast-read.ts) refuses by looking at the text alone, before parsing.
// Each is a place where js-yaml accepts what `yaml` rejects, or reads it differently; the other
// guards need the parsed nodes and are in fast-read-events.ts.

/** A tab: js-yaml accepts tabs in indentation and after continuation lines that `yaml` rejects. */
const TAB = /\t/;
/**
 * An explicit key (`? key`): js-yaml and `yaml` disagree on empty and complex explicit keys. A
 * question mark ending a sentence is not one, but "Who ?" at a line's end is taken as one: such a
 * file is only read the slow way, never wrongly.
 */
const EXPLICIT_KEY = /(?:^|[\s[{,-])\?(?:[ \r\n]|$)/;
/** A comment stuck to a closing quote or bracket (`"a"#c`): an error in YAML that js-yaml accepts. */
const STUCK_COMMENT = /["'\]}]#/;
/** A directive (%YAML, %TAG) or a document end marker (...): js-yaml and `yaml` treat them differently. */
const DIRECTIVE_OR_END = /^(?:%|\.\.\.(?:[ \r\n]|$))/m;
/** Document start markers; one bare `---` (a comment after it at most) before any content is allowed. */
const DOCUMENT_START = /^---(?=[ \r\n]|$)/gm;
const BARE_START = /^---[ ]*(?:#[^\n]*)?\r?$/;

export function fastReadGuards(text: string): boolean {
  if (TAB.test(text) || EXPLICIT_KEY.test(text) || STUCK_COMMENT.test(text) || DIRECTIVE_OR_END.test(text)) return false;
  return documentStartIsBare(text);
}

/** No `---`, or one with nothing after it on its line and nothing but comments and blank lines before it. */
function documentStartIsBare(text: string): boolean {
  DOCUMENT_START.lastIndex = 0;
  const first = DOCUMENT_START.exec(text);
  if (!first) return true;
  if (DOCUMENT_START.exec(text)) return false; // a second document: `yaml` reports it
  const lineEnd = text.indexOf('\n', first.index);
  if (!BARE_START.test(text.slice(first.index, lineEnd === -1 ? text.length : lineEnd))) return false;
  return text.slice(0, first.index).split('\n').every((line) => /^[ ]*(?:#.*)?\r?$/.test(line));
}
