// An edit of a plan's text, checked as `cssp check` checks it. Only errors the edit brings in stop
// it (those pointing into the new lines, and new schema or YAML errors), so a plan with an
// unrelated open problem can still be edited. Shared by `cssp drill add` and `cssp distribute`.
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

// A finding is "the same" before and after when only list positions in its message moved.
const key = (d: Diagnostic) => `${d.ruleId}\u0000${d.message.replace(/(drills|distribution)\[\d+\]|entry \d+/g, '#')}`;
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
}

export function checkedEdit(o: EditOptions): CheckedEdit {
  const editor = new PlanEditor(o.text);
  o.edit(editor);
  const span = changedSpan(o.text, editor.text);
  // Lines of the new text: `drills: []` becomes `drills:`, so old offsets would be off by its brackets.
  const first = editor.text.slice(0, span.start).split('\n').length;
  const last = editor.text.slice(0, span.end).split('\n').length - 1;
  const inEntry = (d: Diagnostic) => d.line >= first && d.line <= last;
  const had = new Set(o.before.map(key));
  const after = checkPlanText(o.file, editor.text, o.district, o.asOf);
  const introduced = after.filter((d) => d.severity === 'error' && !had.has(key(d)) && ((inEntry(d) && !o.truthful?.has(d.ruleId)) || isBlocking(d)));
  if (introduced.length) {
    throw new CsspError(`${o.refused}: the plan would then have ${introduced.length === 1 ? 'this error' : 'these errors'}:\n${introduced.map(at).join('\n')}`, 'Correct the answers or flags these name, then run again.');
  }
  return { text: editor.text, notes: after.filter((d) => inEntry(d) && !had.has(key(d))) };
}

/** Where `after` differs from `before`: [start, end) in `after`, by common prefix and suffix. */
export function changedSpan(before: string, after: string): { start: number; end: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: after.length - tail };
}
