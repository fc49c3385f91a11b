// What the fast reading path (fast-read.ts) refuses by looking at the text alone, before parsing.
// Each is a place where js-yaml accepts what `yaml` rejects, or reads it differently; the other
// guards need the parsed nodes and are in fast-read-events.ts. Written as indexOf loops: as
// multi-line regexes they were a tenth of the fast path's time.

export function fastReadGuards(text: string): boolean {
  // A tab: js-yaml accepts tabs in indentation and after continuation lines that `yaml` rejects.
  if (text.includes('\t')) return false;
  // A carriage return not before a line feed (old Mac line ends): a line break to js-yaml, not to `yaml`.
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) if (text[at + 1] !== '\n') return false;
  // An explicit key (`? key`): the two disagree on empty and complex explicit keys. "Who ?" at a
  // line's end is taken for one too: such a file is read the slow way, never wrongly.
  for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', at + 1)) {
    if ((at === 0 || '\n\r [{,-'.includes(text[at - 1]!)) && (at + 1 === text.length || ' \r\n'.includes(text[at + 1]!))) return false;
  }
  // A comment stuck to a closing quote or bracket (`"a"#c`): an error in YAML that js-yaml accepts.
  for (let at = text.indexOf('#', 1); at !== -1; at = text.indexOf('#', at + 1)) {
    if ('"\']}'.includes(text[at - 1]!)) return false;
  }
  return markersAllowed(text);
}

const atLineStart = (text: string, what: string): number[] => {
  const found: number[] = text.startsWith(what) ? [0] : [];
  for (let at = text.indexOf(`\n${what}`); at !== -1; at = text.indexOf(`\n${what}`, at + 1)) found.push(at + 1);
  return found;
};
const endsMarker = (text: string, at: number) => at >= text.length || ' \r\n'.includes(text[at]!);

/**
 * No directive (%YAML, %TAG) or document end (`...`): js-yaml and `yaml` treat them differently.
 * At most one document start (`---`), bare (a comment after it at most), with nothing but comments
 * and blank lines before it; a second is a second document, which `yaml` reports.
 */
function markersAllowed(text: string): boolean {
  const has = (what: string) => text.startsWith(what) || text.includes(`\n${what}`); // most plans have none: one native scan each
  if (has('%') || (has('...') && atLineStart(text, '...').some((at) => endsMarker(text, at + 3)))) return false;
  if (!has('---')) return true;
  const starts = atLineStart(text, '---').filter((at) => endsMarker(text, at + 3));
  if (starts.length === 0) return true;
  if (starts.length > 1) return false;
  const at = starts[0]!;
  const lineEnd = text.indexOf('\n', at);
  if (!/^---[ ]*(?:#[^\n]*)?\r?$/.test(text.slice(at, lineEnd === -1 ? text.length : lineEnd))) return false;
  return text.slice(0, at).split('\n').every((line) => /^[ ]*(?:#.*)?\r?$/.test(line));
}
