// Checks built into the loader and engine rather than written as rule modules. Listed by
// `cssp rules` and accepted in the config's rules: section like any rule id.
import { RULES } from '../rules/index.js';
import type { CheckMeta, RuleMeta } from '../rules/types.js';

export const BUILTIN_CHECKS: readonly CheckMeta[] = [
  { id: 'calendar-missing', severity: 'warning', citation: 'cssp', description: "cssp.config.yaml has a calendar for each plan's school year; without one, drills are counted with built-in dates." },
  { id: 'config', severity: 'warning', citation: 'cssp', description: 'cssp.config.yaml settings name real rules.' },
  { id: 'file-encoding', severity: 'error', citation: 'cssp', description: 'Files are UTF-8 without a byte order mark.' },
  { id: 'file-read', severity: 'error', citation: 'cssp', description: 'Every plan file named can be read.' },
  { id: 'file-too-large', severity: 'error', citation: 'cssp', description: 'A plan file is at most 2 MiB; maps and long policies live beside it.' },
  { id: 'line-endings', severity: 'warning', citation: 'cssp', description: 'Files use LF line endings, so diffs stay readable.' },
  { id: 'schema', severity: 'error', citation: 'schemas/plan.schema.json', description: 'The plan matches the cssp plan format: field names, types, allowed values, dates.' },
  { id: 'yaml-duplicate-key', severity: 'error', citation: 'YAML 1.2', description: 'No key appears twice in one block (one of the two values would be lost).' },
  { id: 'yaml-syntax', severity: 'error', citation: 'YAML 1.2', description: 'The file is valid YAML: indentation with spaces, quoted special characters, no alias bombs.' },
];

/** Every id a diagnostic can carry: the rules, then the built-in checks. */
export const ALL_CHECKS: readonly (RuleMeta | CheckMeta)[] = [...RULES.map((r) => r.meta), ...BUILTIN_CHECKS];
