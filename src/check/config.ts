// Reads cssp.config.yaml: the same loader and diagnostics as plans, against the config schema.
import { makeDiagnostic, type Diagnostic } from '../diagnostic.js';
import type { SourceFile } from '../plan/source.js';
import type { DistrictConfig } from '../plan/types.generated.js';
import { schemaDiagnostics, type EmptyFileAdvice } from './engine.js';
import { suggest } from '../util/suggest.js';
import { validateConfig } from './validators.js';

export interface LoadedConfig {
  source: SourceFile;
  /** Undefined when the file has errors: rules then run with built-in defaults. */
  config: DistrictConfig | undefined;
  diagnostics: Diagnostic[];
}

// A new district's first config is often an empty file; the plan advice ("start from last year's
// plan") would send them the wrong way.
const EMPTY_CONFIG: EmptyFileAdvice = {
  message: 'The district settings file is empty.',
  hint:
    'cssp.config.yaml holds the district (name and CDS code), its school-year calendars and the registry of sites that need a plan. ' +
    'See "The district folder and the plan format" in the cssp README, and schemas/config.schema.json for every field.',
};

export function loadConfig(source: SourceFile, knownRuleIds: readonly string[]): LoadedConfig {
  const diagnostics = [...source.diagnostics, ...schemaDiagnostics(source, validateConfig, EMPTY_CONFIG)];
  const valid = !diagnostics.some((d) => d.severity === 'error');
  const config = valid ? (source.data as DistrictConfig) : undefined;
  for (const id of Object.keys(config?.rules ?? {})) {
    if (knownRuleIds.includes(id)) continue;
    const guess = suggest(id, knownRuleIds);
    diagnostics.push(makeDiagnostic(source.file, source.rangeOf(['rules', id], true), {
      ruleId: 'config', severity: 'warning',
      message: `Unknown rule \`${id}\` in rules:${guess ? `; did you mean \`${guess}\`?` : '.'}`,
      hint: 'Run `cssp rules` for the list of rule ids.',
    }));
  }
  // A law cannot be switched off by district policy: the setting that once waived these
  // procedures has no effect since SB 671 (2023) made them statute. A warning, not an error, so no
  // district's CI breaks; a later version removes the setting.
  if (config?.requiredSections?.dangerousActivityReports !== undefined) {
    diagnostics.push(makeDiagnostic(source.file, source.rangeOf(['requiredSections', 'dangerousActivityReports'], true), {
      ruleId: 'config', severity: 'warning',
      message: '`requiredSections.dangerousActivityReports` no longer has any effect: SB 671 (2023) requires procedures for reports of dangerous, violent or unlawful activity in every plan, and a district setting cannot waive a statute.',
      hint: 'Remove `requiredSections:` from cssp.config.yaml; a later version of cssp will refuse it.',
    }));
  }
  return { source, config, diagnostics };
}
