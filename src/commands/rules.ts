// cssp rules: the rule catalogue, as text, Markdown (docs/rules.md) or JSON.
import { ALL_CHECKS, BUILTIN_CHECKS } from '../check/builtin.js';
import { markdownCell as cell } from '../format/markdown.js';
import type { Io } from '../io/std.js';
import { RULES } from '../rules/index.js';
import type { CheckMeta, Reading, RuleMeta } from '../rules/types.js';

/** "interpretation: <note> (setting: drillPolicy.x)", the same words in every format. */
function readingText(r: Reading): string {
  return `${r.kind}: ${r.note}${r.setting ? ` (setting: ${r.setting})` : ''}`;
}

export function rulesMarkdown(): string {
  const row = (m: RuleMeta) =>
    `| \`${m.id}\` | ${m.severity} | ${cell(m.citation)} | **${m.reading.kind}**: ${cell(m.reading.note)}${m.reading.setting ? ` Setting: \`${cell(m.reading.setting)}\`.` : ''} | ${cell(m.description)} |`;
  const builtinRow = (m: CheckMeta) => `| \`${m.id}\` | ${m.severity} | ${cell(m.citation)} | ${cell(m.description)} |`;
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
    '  drill-duplicates: { severity: off, reason: "The district office keeps the drill log" }',
    '```',
    '',
    '## Statutory rules',
    '',
    'How each rule reads the statute: **statute** (the text as the sources report it), **interpretation**',
    '(cssp reads in something no source confirms: a number of days, a default, a bill whose enactment is',
    'unverified), **district policy** (not state law; the district asks for it) or **practice** (record-keeping',
    'cssp needs). Every interpretation and district policy names the `cssp.config.yaml` setting that changes it.',
    '',
    '| Rule | Default | Citation | How it reads the statute | What it checks |',
    '| --- | --- | --- | --- | --- |',
    ...RULES.map((r) => row(r.meta)),
    '',
    '## Built-in checks',
    '',
    '| Check | Default | Source | What it checks |',
    '| --- | --- | --- | --- |',
    ...BUILTIN_CHECKS.map(builtinRow),
    '',
  ].join('\n');
}

function rulesText(): string {
  const metas = RULES.map((r) => r.meta);
  const width = Math.max(...metas.map((m) => m.id.length));
  return metas
    .map((m) => {
      const pad = ' '.repeat(width + 2);
      return `${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.citation}\n${pad}${m.description}\n${pad}Reading: ${readingText(m.reading)}`;
    })
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
