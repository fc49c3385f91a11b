// Markdown for $GITHUB_STEP_SUMMARY: the place to read every diagnostic when annotations overflow.
// Capped because GitHub limits a step summary to 1 MiB and long tables are unreadable anyway.
import type { Diagnostic } from '../diagnostic.js';
import type { FormatContext } from './types.js';
import { escapeMarkdown } from './markdown.js';
import { displayPath, sortDiagnostics, summaryText } from './util.js';

export const SUMMARY_ROW_LIMIT = 200;

export function formatMarkdownSummary(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const sorted = sortDiagnostics(diagnostics);
  const lines = ['## cssp check', ''];
  if (sorted.length === 0) return [...lines, `✅ ${summaryText(sorted, ctx.filesChecked, ctx.hidden)}.`, ''].join('\n');

  lines.push(`❌ ${summaryText(sorted, ctx.filesChecked, ctx.hidden)}`, '');
  lines.push('| File | Line | Severity | Rule | Message |', '| --- | --- | --- | --- | --- |');
  for (const d of sorted.slice(0, SUMMARY_ROW_LIMIT)) {
    const cells = [displayPath(d.file, ctx.cwd), String(d.line), d.severity, d.ruleId, d.message];
    lines.push(`| ${cells.map(escapeMarkdown).join(' | ')} |`);
  }
  if (sorted.length > SUMMARY_ROW_LIMIT) {
    lines.push('', `… and ${sorted.length - SUMMARY_ROW_LIMIT} more; run \`cssp check\` locally for the full list.`);
  }
  return [...lines, ''].join('\n');
}
