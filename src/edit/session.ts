// One plan open in `cssp edit`: what the form loads, checks and saves. The browser sends the whole
// plan value; the file is written by applyValue (only what changed is spliced in), checked as
// `cssp check` checks it, never with YAML or schema errors, and never over a change made on disk
// since the form loaded it unless the user says so.
import { readText } from '../util/files.js';
import { createHash } from 'node:crypto';
import { isBlocking } from '../check/usable.js';
import type { Diagnostic } from '../diagnostic.js';
import { checkPlanText, type District } from '../district/save.js';
import { applyValue } from '../plan/apply-value.js';
import { parseYaml } from '../plan/yaml-lib.js';
import { writeFileAtomic } from '../plan/write.js';

export interface Finding {
  severity: Diagnostic['severity'];
  ruleId: string;
  message: string;
  hint?: string;
  citation?: string;
  /** The field it concerns; empty for the file as a whole. */
  path: readonly (string | number)[];
  line: number;
  column: number;
}

export interface CheckResult {
  findings: Finding[];
  /** What stops saving (YAML or schema errors), in words; empty when the value can be saved. */
  blocking: string[];
}

export type SaveResult = ({ saved: true; hash: string } | { saved: false; conflict?: true; reason: string }) & Partial<CheckResult>;

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export class EditSession {
  private text: string;
  hash: string;

  constructor(readonly file: string, private readonly district: District, private readonly asOf: () => string) {
    this.text = readText(file);
    this.hash = hashOf(this.text);
  }

  /** The plan as the form loads it, read from disk now. */
  load(): { value: unknown; hash: string } {
    this.text = readText(this.file);
    this.hash = hashOf(this.text);
    return { value: parseYaml(this.text).toJSON() as unknown, hash: this.hash };
  }

  /** What `cssp check` says of the plan as the form has it, by field. */
  check(value: unknown): CheckResult {
    const text = this.textFor(value);
    return result(checkPlanText(this.file, text, this.district, this.asOf()));
  }

  save(value: unknown, baseHash: string, overwrite = false): SaveResult {
    const onDisk = readText(this.file);
    if (hashOf(onDisk) !== baseHash && !overwrite) {
      return { saved: false, conflict: true, reason: 'The plan file changed on disk since the form loaded it (someone saved it in another editor, or git changed it).' };
    }
    const text = this.textFor(value, onDisk);
    const checked = result(checkPlanText(this.file, text, this.district, this.asOf()));
    if (checked.blocking.length) return { saved: false, reason: 'The plan cannot be saved yet.', ...checked };
    if (text !== onDisk) writeFileAtomic(this.file, text);
    this.text = text;
    this.hash = hashOf(text);
    return { saved: true, hash: this.hash, ...checked };
  }

  private textFor(value: unknown, base = this.text): string {
    if (!isPlainObject(value)) throw new TypeError('The form sent something that is not a plan.');
    return applyValue(base, value);
  }
}

function result(diagnostics: Diagnostic[]): CheckResult {
  const findings = diagnostics.map((d) => ({
    severity: d.severity, ruleId: d.ruleId, message: d.message, hint: d.hint, citation: d.citation,
    path: d.path ?? [], line: d.line, column: d.column,
  }));
  return { findings, blocking: diagnostics.filter(isBlocking).map((d) => `${d.message}${d.hint ? ` ${d.hint}` : ''}`) };
}
