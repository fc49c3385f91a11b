// The one definition of "this file is too broken to use as a plan", for every command: saving an
// edit, editing, printing, comparing printed editions and running the rules on a valid plan.
import type { Diagnostic } from '../diagnostic.js';

/** The file could not be read as YAML at all: unreadable, too large, not UTF-8, or a YAML error. */
export const isUnreadable = (d: Pick<Diagnostic, 'severity' | 'ruleId'>): boolean =>
  d.severity === 'error' && (d.ruleId.startsWith('yaml') || d.ruleId.startsWith('file-'));

/** The file has no usable plan data: unreadable, or its data does not match the schema. */
export const isBlocking = (d: Pick<Diagnostic, 'severity' | 'ruleId'>): boolean => isUnreadable(d) || (d.severity === 'error' && d.ruleId === 'schema');
