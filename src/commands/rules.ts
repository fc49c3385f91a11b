// cssp rules: the rule catalogue, as text, Markdown (docs/rules.md) or JSON.
import { ALL_CHECKS, BUILTIN_CHECKS } from '../check/builtin.js';
import { markdownCell as cell } from '../format/markdown.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io/std.js';
import { requirementsSince, timeline } from '../law/applies.js';
import { REQUIREMENTS } from '../law/requirements.js';
import { isConsecutiveYear, schoolYearBegins } from '../plan/school-year.js';
import { isIsoDate } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { RULES } from '../rules/index.js';
import type { CheckMeta, Reading, RuleMeta } from '../rules/types.js';

/** "interpretation: <note> (setting: drillPolicy.x)", the same words in every format. */
function readingText(r: Reading): string {
  return `${r.kind}: ${r.note}${r.setting ? ` (setting: ${r.setting})` : ''}`;
}

function errorReason(m: RuleMeta): string {
  if (m.reading.kind === 'practice') return 'practice, but without it cssp cannot tell which plan a file is.';
  if (m.reading.kind === 'interpretation') return `the law (${m.citation}), as cssp reads it (setting: \`${m.reading.setting}\`).`;
  return `the law (${m.citation}).`;
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
    '## Errors by default, and why',
    '',
    'A rule is an error by default when the law requires what it checks (statute, or cssp\'s stated reading of it: an',
    'interpretation). District policies and practice (record-keeping cssp needs) are warnings a district can raise under',
    '`rules:`, except `plan-location`: a plan in the wrong file or folder is checked against the wrong year and site,',
    'so nothing else cssp says about it can be trusted. Warnings among the statutory rules are findings the law leaves',
    'to judgement (a plan that changed since an agency received it, a section withheld from the public).',
    '',
    ...RULES.filter((r) => r.meta.severity === 'error').map((r) => `- \`${r.meta.id}\`: ${errorReason(r.meta)}`),
    '',
    '## Timeline of the law',
    '',
    'What later laws added to the plan, and when (src/law/requirements.ts). A plan adopted before a requirement took effect is',
    "held to it only from its fixed due date, if it has one; a plan adopted after, or not adopted yet, from then on; after a repeal,",
    'nothing. `cssp rules --since 2025-26` lists what changed since a school year.',
    '',
    '| Requirement | Law | In force | Due in every plan by | Repealed | Rule |',
    '| --- | --- | --- | --- | --- | --- |',
    ...REQUIREMENTS.map((r) => `| ${cell(r.title)} | ${r.source.bill} (${r.source.year}${r.source.chapter ? `, ch. ${r.source.chapter}` : ''}) | ${r.effective}${r.reviewedFrom ? ` (plans reviewed from ${r.reviewedFrom})` : ''} | ${r.dueBy ?? 'next review'} | ${r.lapses ?? ''} | \`${r.id}\` |`),
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
      const law = REQUIREMENTS.find((r) => r.id === m.id);
      const dates = law ? `\n${pad}Law: ${law.source.bill} (${law.source.year}), ${timeline(law, longDate)}` : '';
      return `${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.citation}\n${pad}${m.description}\n${pad}Reading: ${readingText(m.reading)}${dates}`;
    })
    .join('\n') + `\n\n${metas.length} rules. Built-in checks: ${BUILTIN_CHECKS.map((m) => m.id).join(', ')}.\n`;
}

export interface RulesCommandOptions {
  format?: 'text' | 'markdown' | 'json';
  since?: string;
}

export function runRules(opts: RulesCommandOptions, io: Io): number {
  if (opts.since !== undefined) return lawSince(opts.since, opts.format, io);
  if (opts.format === 'markdown') io.stdout(rulesMarkdown());
  else if (opts.format === 'json') io.stdout(`${JSON.stringify(ALL_CHECKS)}\n`);
  else io.stdout(rulesText());
  return 0;
}

/** `cssp rules --since 2025-26`: what the law added since July 1 of that school year (or since a date). */
function lawSince(since: string, format: RulesCommandOptions['format'], io: Io): number {
  const from = isConsecutiveYear(since) ? schoolYearBegins(since) : isIsoDate(since) ? since : undefined;
  if (!from) throw new UsageError(`--since takes a school year like 2025-26 or a date like 2025-09-01, got "${since}".`);
  // On or after `from`: what took effect on July 1 of the year is new for that year's plans.
  const dayBefore = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const found = requirementsSince(REQUIREMENTS, dayBefore);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(found)}\n`);
    return 0;
  }
  const heading = `What the law added to the plan since ${longDate(from)}`;
  if (format === 'markdown') {
    io.stdout([`## ${heading}`, '', ...found.map((r) => `- **${cell(r.title)}** (${r.source.bill}, ${r.source.year}${r.source.chapter ? `, ch. ${r.source.chapter}` : ''}; ${cell(r.source.citation)}): ${timeline(r, longDate)}. ${cell(r.says)} Rule \`${r.id}\`${r.section ? `, section \`${r.section}\`` : ''}.`), ''].join('\n'));
    return 0;
  }
  const lines = found.map((r) => [
    `${r.title} (${r.source.bill}, ${r.source.year}${r.source.chapter ? `, ch. ${r.source.chapter}` : ''})`,
    `  ${timeline(r, longDate)}`,
    `  ${r.says}`,
    `  Checked by ${r.id}${r.section ? ` (section ${r.section})` : ''}; ${r.source.citation}.`,
  ].join('\n'));
  io.stdout(found.length ? `${heading}:\n\n${lines.join('\n\n')}\n` : `Nothing the law added to the plan took effect on or after ${longDate(from)}.\n`);
  return 0;
}
