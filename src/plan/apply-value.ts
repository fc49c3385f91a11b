// Writes a whole edited plan value (what the form in `cssp edit` holds) back into the plan's text
// as the smallest set of edits: only the values that changed are spliced (plan/edit.ts), so every
// comment, blank line, quoting choice and line end elsewhere stays as the file had it.
import type { Node } from 'yaml';
import { PlanEditor } from './edit.js';
import type { DocPath } from './paths.js';
import { parseYaml, yamlLib } from './yaml-lib.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}

/** The text with `next` as its value; throws when the edits would not read back as `next` (nothing is then written). */
export function applyValue(text: string, next: Obj): string {
  // New lines are written with \n; a file whose every line ends \r\n keeps that, and is edited as \n.
  const crlf = /\r\n/.test(text) && !/(^|[^\r])\n/.test(text);
  if (crlf) return applyValue(text.replace(/\r\n/g, '\n'), next).replace(/\n/g, '\r\n');
  const editor = new PlanEditor(text);
  const before: unknown = parseYaml(text).toJSON();
  if (!isObj(before)) throw new Error('The plan is not a block of fields, so it cannot be edited field by field.');
  editMap(editor, [], before, next);
  const after: unknown = parseYaml(editor.text).toJSON();
  if (!sameValue(after, next)) throw new Error('The edited plan did not read back as the form had it; nothing was written.');
  return editor.text;
}

function edit(editor: PlanEditor, path: DocPath, a: unknown, b: unknown): void {
  if (sameValue(a, b)) return;
  if (isObj(a) && isObj(b) && isBlock(editor, path)) return editMap(editor, path, a, b);
  if (Array.isArray(a) && Array.isArray(b) && b.length > 0 && b.every(isObj) && a.every(isObj) && isBlock(editor, path)) return editList(editor, path, a, b);
  editor.set(path, b);
}

function editMap(editor: PlanEditor, path: DocPath, a: Obj, b: Obj): void {
  for (const key of Object.keys(a)) if (!(key in b)) editor.delete([...path, key]);
  let previous: string | undefined;
  for (const [key, value] of Object.entries(b)) {
    if (key in a) edit(editor, [...path, key], a[key], value);
    else editor.set([...path, key], value, { after: previous });
    previous = key;
  }
}

/** Where one entry was added (b has it) or removed (a had it), the rest unchanged; else -1. */
function oneApart(longer: readonly Obj[], shorter: readonly Obj[]): number {
  if (longer.length !== shorter.length + 1) return -1;
  let i = 0;
  while (i < shorter.length && sameValue(longer[i], shorter[i])) i++;
  for (let j = i; j < shorter.length; j++) if (!sameValue(longer[j + 1], shorter[j])) return -1;
  return i;
}

/** One entry added or removed anywhere is spliced alone (a drill logged in date order); otherwise
 * entries past the new end go, shared ones are edited in place, new ones are added at the end. */
function editList(editor: PlanEditor, path: DocPath, a: Obj[], b: Obj[]): void {
  const added = oneApart(b, a);
  if (added >= 0) return void editor.insert(path, added, b[added]!);
  const removed = oneApart(a, b);
  if (removed >= 0) return void editor.deleteItem(path, removed);
  for (let i = a.length - 1; i >= b.length; i--) editor.deleteItem(path, i);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (sameValue(a[i], b[i])) continue;
    if (isBlock(editor, [...path, i])) {
      editMap(editor, [...path, i], a[i]!, b[i]!);
    } else {
      // An entry written on one line ({ ... }) is written again, as a block entry, in its place.
      editor.deleteItem(path, i);
      editor.insert(path, i, b[i]!);
    }
  }
  for (let i = a.length; i < b.length; i++) editor.insert(path, i, b[i]!);
}

/** Is the collection at `path` written in block style (not { } or [ ] on one line)? */
function isBlock(editor: PlanEditor, path: DocPath): boolean {
  const node = (path.length ? parseYaml(editor.text).getIn(path, true) : parseYaml(editor.text).contents) as Node | undefined;
  const y = yamlLib();
  return (y.isMap(node) || y.isSeq(node)) && !node.flow;
}
