// Turns the `yaml` parser's errors into one finding per root cause: the first error, at the
// place a person has to fix, with a hint chosen for its kind, and a count of the rest (which
// mostly follow from the first). Duplicate keys are independent mistakes and are all listed.
import type { YAMLError } from 'yaml';
import { findMisindentedLine } from './indentation.js';

export interface SyntaxFinding {
  ruleId: 'yaml-syntax' | 'yaml-duplicate-key';
  start: number; // offsets into the text
  end: number;
  message: string;
  hint: string;
}

/** Error codes that mean "a line is not where the structure expects it". */
const INDENT_CODES = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN']);
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

export function explainYamlErrors(text: string, errors: readonly YAMLError[]): SyntaxFinding[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  if (sorted.every((e) => e.code === 'DUPLICATE_KEY')) return sorted.map((e) => duplicateKey(text, e));
  const first = explain(text, sorted[0]!);
  const more = sorted.length - 1;
  if (more > 0) first.message += ` ${more} more YAML error${more === 1 ? '' : 's'} after this one (they often go away once this one is fixed).`;
  return [first];
}

function duplicateKey(text: string, err: YAMLError): SyntaxFinding {
  const start = err.pos[0];
  const key = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n]*?(?=\s*:(?:\s|$))|\S+)/.exec(text.slice(start))?.[0] || text[start]!;
  return {
    ruleId: 'yaml-duplicate-key', start, end: start + key.length,
    message: `The key \`${key}\` appears twice in this block; only one of its two values would be kept.`,
    hint: 'Delete one of the two entries, or merge them into one.',
  };
}

function explain(text: string, err: YAMLError): SyntaxFinding {
  const [start, end] = err.pos;
  const at = (message: string, hint: string, s = start, e = Math.max(end, s + 1)): SyntaxFinding =>
    ({ ruleId: 'yaml-syntax', start: s, end: e, message, hint });
  if (err.code === 'DUPLICATE_KEY') return duplicateKey(text, err);
  if (err.code === 'TAB_AS_INDENT') {
    return at('A tab character is used for indentation; YAML allows only spaces.',
      'Replace the tab with spaces (two per level). In VS Code: "Convert Indentation to Spaces".');
  }
  const quote = /Missing closing (["'])quote/.exec(err.message)?.[1];
  if (err.code === 'MISSING_CHAR' && quote) {
    const open = openingQuote(text, start, quote);
    return at(`This quoted value is not closed: the ${quote === '"' ? 'double' : 'single'} quote that opens it has no closing ${quote}.`,
      `Add the closing ${quote} at the end of the value. A quoted value may run over several lines, but each further line must be indented more than its key.`,
      open, open + 1);
  }
  const closer = /end with an? ([\]}])/.exec(err.message)?.[1];
  const opener = closer ? unclosedBracket(text, start, closer) : -1;
  if (opener >= 0) {
    const list = closer === ']';
    return at(`This ${list ? '[' : '{'} is never closed: the ${list ? 'list' : 'block'} it starts runs to the end of the file.`,
      `End the ${list ? 'list with ]' : 'block with }'} on this line or an indented line below it, before the next key.`, opener, opener + 1);
  }
  if (INDENT_CODES.has(err.code)) {
    const found = misindented(text, start, end);
    if (found) return found;
  }
  const lineText = text.slice(text.lastIndexOf('\n', start - 1) + 1).split('\n')[0]!;
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s.*:(\s|$)/.test(lineText)) {
    const [, key, value] = /^\s*(?:-\s+)?([^:]+):\s+(.*?)\s*$/.exec(lineText) ?? [];
    return at('This value contains a colon followed by a space, which YAML reads as the start of another key.',
      value ? `Put the value in quotes: ${key}: "${value.replace(/"/g, '\\"')}"` : 'Put the value in double quotes.');
  }
  if (err.code === 'BAD_SCALAR_START') {
    return at(`A value cannot start with ${text[start] ?? 'this character'} unless it is quoted.`,
      'Put the whole value in double quotes, for example: note: "@ the front office".');
  }
  if (err.code === 'MULTIPLE_DOCS') {
    return at('The file holds more than one YAML document (a second "---" line).', 'A plan is one document: remove the second "---" line, or move what follows it into its own file.');
  }
  if (err.code === 'BAD_DQ_ESCAPE') {
    return at('A backslash in a double-quoted value starts an escape YAML does not know.', 'Write \\\\ for a backslash, or use single quotes, which take backslashes as they are.');
  }
  if (err.code === 'RESOURCE_EXHAUSTION') {
    return at('The file is nested too deeply to read.', 'A plan is nested a few levels deep; look for brackets [ { that are opened but never closed.');
  }
  const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return at(`YAML syntax error: ${first}.`.replace(/\.\.$/, '.'),
    INDENT_CODES.has(err.code)
      ? 'Check the indentation of this line against the lines above: entries of one block or list line up exactly, with spaces.'
      : 'Text that contains ": " or " #", or starts with a special character (@ ` | > * & ! % [ {), needs quotes.');
}

/** The text of 1-based line `n`. */
const lineAt = (text: string, n: number): string => text.split('\n', n)[n - 1] ?? '';

/** The indentation error a person has to fix: the first line that left its siblings' column. */
function misindented(text: string, start: number, end: number): SyntaxFinding | undefined {
  const found = findMisindentedLine(text);
  if (!found) return undefined;
  // Only trust the line finder near the parser's error: it approximates YAML's block structure.
  if (found.evidenceLine < lineOf(text, start) - 2 || found.evidenceLine > lineOf(text, end) + 1) return undefined;
  let offset = 0;
  for (let line = 1; line < found.line; line++) offset = text.indexOf('\n', offset) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const content = text.slice(offset + found.indent, lineEnd === -1 ? text.length : lineEnd).trimEnd();
  const message = found.tooDeep
    ? `This line is indented ${spaces(found.indent)}, deeper than line ${found.siblingLine} (${spaces(found.expected)}), which already has its value.`
    : `This line is indented ${spaces(found.indent)}, but the entries it belongs with are indented ${spaces(found.expected)} (line ${found.siblingLine}).`;
  // The commonest case in a new plan: an entry written under `members: []` or `responder: {}`.
  // Lining it up with that line (the usual hint) would only make things worse: the empty list or
  // block has to go, and a list entry starts with "- ".
  const above = found.tooDeep ? lineAt(text, found.siblingLine) : '';
  const empty = /^(\s*)(?:-\s+)?([^\s:#][^:#]*):\s*(\[\]|\{\})\s*(#.*)?$/.exec(above);
  if (empty) {
    const [, indent, key, brackets] = empty;
    const list = brackets === '[]';
    const example = list
      ? `${indent}${key}:\n${indent}  - ${content}`
      : `${indent}${key}:\n${indent}  ${content}`;
    return {
      ruleId: 'yaml-syntax', start: offset + found.indent, end: offset + found.indent + Math.max(1, content.length),
      message: `Line ${found.siblingLine} writes \`${key!.trim()}\` as an empty ${list ? 'list (`[]`)' : 'block (`{}`)'}, so nothing can go under it.`,
      hint: list
        ? `Remove \`[]\` from line ${found.siblingLine}, and start each entry with "- " (the entry's other fields line up under its first):\n${example}`
        : `Remove \`{}\` from line ${found.siblingLine}, and write its fields under it, indented:\n${example}`,
    };
  }
  return {
    ruleId: 'yaml-syntax', start: offset + found.indent, end: offset + found.indent + Math.max(1, content.length),
    message,
    hint: `Indent it with exactly ${spaces(found.expected)} to line up with line ${found.siblingLine}. Entries of one block or list start at the same column; use spaces, never tabs.`,
  };
}

/**
 * The bracket that opened a flow collection the parser found unfinished at `at`, when nothing after
 * it closes it (otherwise the mistake is elsewhere, such as the indentation inside it); -1 if none.
 * Brackets inside quotes are rare in plans, and a miss only means the parser's own position is used.
 */
function unclosedBracket(text: string, at: number, closer: string): number {
  const open = closer === ']' ? '[' : '{';
  let depth = 0;
  for (let i = Math.min(at, text.length) - 1; i >= 0; i--) {
    if (text[i] === closer) depth++;
    else if (text[i] === open && depth-- === 0) {
      let inside = 0;
      for (let k = i + 1; k < text.length; k++) {
        if (text[k] === open) inside++;
        else if (text[k] === closer && inside-- === 0) return -1;
      }
      return i;
    }
  }
  return -1;
}

/** The quote that opens an unclosed quoted value ending at `before`. */
function openingQuote(text: string, before: number, quote: string): number {
  for (let i = Math.min(before, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === "'") {
      if (text[i - 1] === "'") { i--; continue; } // '' is an escaped quote inside the value
      return i;
    }
    let slashes = 0;
    while (text[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return i;
  }
  return before;
}
