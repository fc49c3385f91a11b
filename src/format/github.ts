// GitHub Actions workflow commands, one annotation per diagnostic. Escaping follows the runner's
// own rules (actions/toolkit packages/core/src/command.ts): data escapes % CR LF; property values
// also escape : and , because those delimit properties.
// GitHub shows only 10 annotations of each level per step and drops the rest silently, so we emit
// the first 10 of each and then one notice per overflowing level that points to the full report.
import type { Diagnostic, Severity } from '../diagnostic.js';
import type { Formatter } from './types.js';
import { displayPath, sortDiagnostics } from './util.js';

export const ANNOTATION_LIMIT = 10;

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const noun: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info diagnostic', 'info diagnostics'],
};

export const escapeData = (s: string): string => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

function annotation(d: Diagnostic, cwd: string): string {
  const props: [string, string | number][] = [['file', displayPath(d.file, cwd)], ['line', d.line]];
  // The toolkit documents col/endColumn as invalid when the range spans lines.
  if (d.endLine === d.line) props.push(['col', d.column]);
  props.push(['endLine', d.endLine]);
  if (d.endLine === d.line) props.push(['endColumn', d.endColumn]);
  props.push(['title', d.ruleId]);
  const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command[d.severity]} ${list}::${escapeData(text)}`;
}

export const formatGithub: Formatter = (diagnostics, ctx) => {
  const sorted = sortDiagnostics(diagnostics);
  const count = (s: Severity) => sorted.filter((d) => d.severity === s).length;
  const overflowing = (['error', 'warning'] as const).filter((s) => count(s) > ANNOTATION_LIMIT);
  // Overflow notices are notices too, so they take slots from the info budget.
  let infoCap = ANNOTATION_LIMIT - overflowing.length;
  if (count('info') > infoCap) infoCap -= 1;
  const cap: Record<Severity, number> = { error: ANNOTATION_LIMIT, warning: ANNOTATION_LIMIT, info: infoCap };
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  const lines: string[] = [];
  for (const d of sorted) {
    if (shown[d.severity] >= cap[d.severity]) continue;
    shown[d.severity] += 1;
    lines.push(annotation(d, ctx.cwd));
  }
  for (const s of ['error', 'warning', 'info'] as const) {
    const hidden = count(s) - shown[s];
    if (hidden === 0) continue;
    const [one, many] = noun[s];
    const text = `${hidden} more ${hidden === 1 ? one : many} not shown as annotations; see the job summary or run cssp check locally`;
    lines.push(`::notice::${escapeData(text)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
