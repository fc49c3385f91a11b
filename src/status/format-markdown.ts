// Markdown for a pull request or a GitHub job summary: the summary table, then what is past a
// deadline per site. Every cell goes through escapeMarkdownCell (plan text may hold | or <).
import { escapeMarkdownCell } from '../format/util.js';
import { footerLines, summaryLine } from './cells.js';
import { COLUMNS } from './columns.js';
import type { StatusReport } from './types.js';

export function formatStatusMarkdown(report: StatusReport): string {
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  const lines = [
    `## Safety plan status ${escapeMarkdownCell(report.schoolYear)}, as of ${escapeMarkdownCell(report.asOf)}`,
    '',
    escapeMarkdownCell(summaryLine(report)),
    '',
    row(COLUMNS.map((c) => c.title)),
    `|${COLUMNS.map((c) => (c.title === 'errors' || c.title === 'warnings' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...report.sites.map((r) => row(COLUMNS.map((c) => c.value(r)))),
  ];
  const late = report.sites.filter((r) => r.pastDeadline.length);
  if (late.length) {
    lines.push('', '### Past a deadline', '');
    for (const r of late) lines.push(`- **${escapeMarkdownCell(r.name)}**: ${r.pastDeadline.map(escapeMarkdownCell).join(' ')}`);
  }
  const footer = footerLines(report);
  if (footer.length) lines.push('', ...footer.map(escapeMarkdownCell));
  return `${lines.join('\n')}\n`;
}
