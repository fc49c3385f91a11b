// cssp rules: the rule catalogue, as text, Markdown (docs/rules.md) or JSON.
import { ALL_CHECKS, BUILTIN_CHECKS } from '../check/builtin.js';
import { escapeMarkdownCell as cell } from '../format/util.js';
import type { Io } from '../io/std.js';
import { RULES } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';

export function rulesMarkdown(): string {
  const row = (m: RuleMeta) => `| \`${m.id}\` | ${m.severity} | ${cell(m.citation)} | ${cell(m.description)}${m.verify ? ` **Unverified:** ${cell(m.verify)}` : ''} |`;
  return [
    '# cssp rules',
    '',
    '<!-- Generated from the rule metadata by `npm run gen`; a test fails when it drifts. -->',
    '',
    'Each rule reports at `file:line:column` with a plain-English message and a hint. Change a',
    "rule's severity, or turn it off with a written reason, in `cssp.config.yaml`:",
    '',
    '```yaml',
    'rules:',
    '  lockdown-drill-frequency: warning',
    '  committee-pupil-member: { severity: off, reason: "Board counsel: AB 3199 not enacted" }',
    '```',
    '',
    '## Statutory rules',
    '',
    '| Rule | Default | Citation | What it checks |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => row(r.meta)),
    '',
    '## Built-in checks',
    '',
    '| Check | Default | Source | What it checks |',
    '| --- | --- | --- | --- |',
    ...BUILTIN_CHECKS.map(row),
    '',
  ].join('\n');
}

function rulesText(): string {
  const metas = RULES.map((r) => r.meta);
  const width = Math.max(...metas.map((m) => m.id.length));
  return metas
    .map((m) => `${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.citation}\n${' '.repeat(width + 2)}${m.description}${m.verify ? `\n${' '.repeat(width + 2)}Unverified: ${m.verify}` : ''}`)
    .join('\n') + `\n\n${metas.length} rules. Built-in checks: ${BUILTIN_CHECKS.map((m) => m.id).join(', ')}.\n`;
}

export interface RulesCommandOptions {
  format?: 'text' | 'markdown' | 'json';
}

export function runRules(opts: RulesCommandOptions, io: Io): number {
  if (opts.format === 'markdown') io.stdout(rulesMarkdown());
  else if (opts.format === 'json') io.stdout(`${JSON.stringify(ALL_CHECKS)}\n`);
  else io.stdout(rulesText());
  return 0;
}
