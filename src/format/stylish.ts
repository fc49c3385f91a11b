// Human output for terminals, after ESLint's stylish: diagnostics grouped by file in aligned
// columns, a code frame for errors and warnings, then hint, citation and a one-line summary.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, Severity } from '../diagnostic.js';
import { codeFrame } from './code-frame.js';
import type { FormatContext, Formatter } from './types.js';
import { displayPath, groupByFile, sortDiagnostics, summaryText } from './util.js';

const INDENT = '    ';

function severityPaint(c: ChalkInstance): Record<Severity, (s: string) => string> {
  return { error: c.red, warning: c.yellow, info: c.blue };
}

/** At least this many unwritten sections in one file are said in one line: a new plan would otherwise print 20 of them. */
const GROUP_AT = 3;
const isUnwritten = (d: Diagnostic) => d.ruleId === 'section-not-written' && d.messageId === 'sectionNotWritten';

/**
 * A new plan's unwritten sections as one finding ("13 sections not written yet: ..."), at the
 * first of them. Terminal output only: the machine formats keep one finding per section.
 */
function groupUnwritten(diagnostics: Diagnostic[]): Diagnostic[] {
  const unwritten = diagnostics.filter(isUnwritten);
  if (unwritten.length < GROUP_AT) return diagnostics;
  const first = unwritten[0]!;
  const severity = unwritten.some((d) => d.severity === 'error') ? 'error' : 'warning';
  const keys = unwritten.map((d) => `\`${String(d.data?.key ?? '?')}\``).join(', ');
  const grouped: Diagnostic = {
    ...first, severity,
    message: `${unwritten.length} sections are not written yet: ${keys}.${String(first.data?.due ?? '')}`,
  };
  return diagnostics.filter((d) => !isUnwritten(d) || d === first).map((d) => (d === first ? grouped : d));
}

function formatFile(file: string, all: Diagnostic[], ctx: FormatContext, c: ChalkInstance): string[] {
  const diagnostics = groupUnwritten(all);
  const paint = severityPaint(c);
  const rows = diagnostics.map((d) => ({ d, pos: `${d.line}:${d.column}`, lines: d.message.split('\n') }));
  // Pad plain text before colouring, otherwise escape codes would count towards the column width.
  const posWidth = Math.max(...rows.map((r) => r.pos.length));
  const sevWidth = Math.max(...rows.map((r) => r.d.severity.length));
  const continuation = ' '.repeat(2 + posWidth + 2 + sevWidth + 2);
  const source = ctx.sources.get(file);

  const out = [c.underline.bold(displayPath(file, ctx.cwd))];
  let prev: Diagnostic | undefined;
  for (const { d, pos, lines } of rows) {
    // Several findings of one rule at one place (a new plan's `members: []` lacks four roles) show
    // the place and the citation once: the same code frame four times buries what differs.
    const samePlace = prev !== undefined && prev.ruleId === d.ruleId && prev.line === d.line && prev.column === d.column;
    prev = d;
    const [head = '', ...rest] = lines;
    out.push(
      `  ${c.dim(pos.padEnd(posWidth))}  ${paint[d.severity](d.severity.padEnd(sevWidth))}  ` +
        // Messages are whole sentences and each is followed by its code frame, so the rule id
        // follows the message instead of being padded into a far-right column.
        `${head}  ${c.dim(d.ruleId)}`,
    );
    out.push(...rest.map((line) => continuation + line));
    if (!samePlace && source !== undefined && d.severity !== 'info' && !(isUnwritten(d) && d.message.includes(' sections are not written yet: '))) {
      out.push(...codeFrame(source, d, paint[d.severity], c).map((line) => INDENT + line));
    }
    if (d.hint) out.push(INDENT + c.cyan('hint: ') + d.hint.replaceAll('\n', `\n${INDENT}      `));
    if (d.citation && !samePlace) out.push(INDENT + c.dim(`citation: ${d.citation}`));
  }
  return out;
}

export const formatStylish: Formatter = (diagnostics, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const sorted = sortDiagnostics(diagnostics);
  if (sorted.length === 0) return `${c.green('✔')} ${summaryText(sorted, ctx.filesChecked, ctx.hidden)}\n`;

  const blocks = [...groupByFile(sorted)].map(([file, ds]) => formatFile(file, ds, ctx, c).join('\n'));

  const hasErrors = sorted.some((d) => d.severity === 'error');
  const hasWarnings = sorted.some((d) => d.severity === 'warning');
  const tone = hasErrors ? c.red.bold : hasWarnings ? c.yellow.bold : c.blue.bold;
  return `${blocks.join('\n\n')}\n\n${tone(`✖ ${summaryText(sorted, ctx.filesChecked, ctx.hidden)}`)}\n`;
};
