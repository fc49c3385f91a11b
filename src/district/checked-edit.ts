// An edit of a plan's text, checked as `cssp check` checks it. Only errors the edit brings in stop
// it (those about the new entry, and new schema or YAML errors), so a plan with an unrelated open
// problem can still be edited. A finding is known by its rule and the place it concerns (its
// path), never by its text: a drill that shortens a list of missing months changes the message
// of a finding the plan already had, and introduces nothing. Shared by `cssp drill add` and
// `cssp distribute`.
import { relative } from 'node:path';
import { isBlocking, isUnreadable } from '../check/usable.js';
import type { Diagnostic } from '../diagnostic.js';
import { CsspError } from '../errors.js';
import { PlanEditor } from '../plan/edit.js';
import { checkPlanText, type District } from './save.js';

export interface CheckedEdit {
  text: string;
  /** Findings of the edited plan pointing into the new lines that do not stop it (shown to the user). */
  notes: Diagnostic[];
}

/** The entry an edit adds to a list: findings at it are the edit's; later entries move up by one. */
export interface Inserted {
  list: string;
  index: number;
}

/** The path a finding of the edited text had before the edit; undefined for one about the new entry. */
function pathBefore(path: readonly (string | number)[], inserted: Inserted | undefined): readonly (string | number)[] | undefined {
  if (!inserted || path[0] !== inserted.list || typeof path[1] !== 'number') return path;
  if (path[1] === inserted.index) return undefined;
  return path[1] > inserted.index ? [path[0], path[1] - 1, ...path.slice(2)] : path;
}

// Rule and place; a finding without a path (a YAML error) is known by its position.
const keyOf = (ruleId: string, place: readonly (string | number)[] | string) => `${ruleId}\u0000${JSON.stringify(place)}`;
const key = (d: Diagnostic) => keyOf(d.ruleId, d.path ?? `${d.line}:${d.column}`);
export const at = (d: Diagnostic) => `  ${d.line}:${d.column} ${d.message}`;

/** The plan's findings before an edit; a plan with YAML errors is refused before any question is asked. */
export function findingsBefore(file: string, text: string, district: District, asOf: string, action: string): Diagnostic[] {
  const before = checkPlanText(file, text, district, asOf);
  const yaml = before.filter(isUnreadable);
  if (yaml.length) {
    throw new CsspError(`${relative(district.root, file)} has YAML errors, so cssp did not edit it:\n${yaml.map(at).join('\n')}`, `Fix them (cssp check explains each), then ${action} again.`);
  }
  return before;
}

export interface EditOptions {
  file: string;
  text: string;
  district: District;
  asOf: string;
  before: Diagnostic[];
  /** Makes the edit (what changed is found by comparing the texts). */
  edit: (editor: PlanEditor) => void;
  /** "The drill was not logged": said when the edit would bring in an error. */
  refused: string;
  /** Rules whose errors in the new lines are the truth being recorded, so they do not stop it. */
  truthful?: ReadonlySet<string>;
  /** The list entry the edit adds, so findings are matched across the shift it makes. */
  inserted?: Inserted;
}

export function checkedEdit(o: EditOptions): CheckedEdit {
  const editor = new PlanEditor(o.text);
  o.edit(editor);
  const span = changedSpan(o.text, editor.text);
  // Lines of the new text: `drills: []` becomes `drills:`, so old offsets would be off by its brackets.
  const first = editor.text.slice(0, span.start).split('\n').length;
  const last = editor.text.slice(0, span.end).split('\n').length - 1;
  const inLines = (d: Diagnostic) => d.line >= first && d.line <= last;
  const had = new Set(o.before.map(key));
  const after = checkPlanText(o.file, editor.text, o.district, o.asOf);
  const isNew = (d: Diagnostic) => {
    if (!d.path) return !had.has(key(d));
    const before = pathBefore(d.path, o.inserted);
    return before === undefined || !had.has(keyOf(d.ruleId, before));
  };
  // About the new entry: by path when the edit says which entry it adds, else by its lines.
  const inEntry = (d: Diagnostic) => (o.inserted && d.path ? pathBefore(d.path, o.inserted) === undefined : inLines(d));
  const introduced = after.filter((d) => d.severity === 'error' && isNew(d) && ((inEntry(d) && !o.truthful?.has(d.ruleId)) || isBlocking(d)));
  if (introduced.length) {
    throw new CsspError(`${o.refused}: the plan would then have ${introduced.length === 1 ? 'this error' : 'these errors'}:\n${introduced.map(at).join('\n')}`, 'Correct the answers or flags these name, then run again.');
  }
  return { text: editor.text, notes: after.filter((d) => inEntry(d) && isNew(d)) };
}

/** Where `after` differs from `before`: [start, end) in `after`, by common prefix and suffix. */
export function changedSpan(before: string, after: string): { start: number; end: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: after.length - tail };
}
