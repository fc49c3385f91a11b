// Reads cssp.config.yaml: the same loader and diagnostics as plans, against the config schema.
import { makeDiagnostic, type Diagnostic } from '../diagnostic.js';
import { loadSource, type SourceFile } from '../plan/source.js';
import type { DistrictConfig } from '../plan/types.generated.js';
import { schemaDiagnostics } from './engine.js';
import { suggest } from './suggest.js';
import { validateConfig } from './validators.js';

export interface LoadedConfig {
  source: SourceFile;
  /** Undefined when the file has errors: rules then run with built-in defaults. */
  config: DistrictConfig | undefined;
  diagnostics: Diagnostic[];
}

/** Reads the config from its bytes, or from a source already read (through the parse cache). */
export function loadConfig(file: string, input: Uint8Array | string | SourceFile, knownRuleIds: readonly string[]): LoadedConfig {
  const source = typeof input === 'object' && 'rangeOf' in input ? input : loadSource(file, input);
  const diagnostics = [...source.diagnostics, ...schemaDiagnostics(source, validateConfig)];
  const valid = !diagnostics.some((d) => d.severity === 'error');
  const config = valid ? (source.data as DistrictConfig) : undefined;
  for (const id of Object.keys(config?.rules ?? {})) {
    if (knownRuleIds.includes(id)) continue;
    const guess = suggest(id, knownRuleIds);
    diagnostics.push(makeDiagnostic(file, source.rangeOf(['rules', id], true), {
      ruleId: 'config', severity: 'warning',
      message: `Unknown rule \`${id}\` in rules:${guess ? `; did you mean \`${guess}\`?` : '.'}`,
      hint: 'Run `cssp rules` for the list of rule ids.',
    }));
  }
  return { source, config, diagnostics };
}
