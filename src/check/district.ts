// District-wide rules: they see every plan's place at once and the site registry.
import type { SourceFile } from '../plan/source.js';
import type { DistrictConfig } from '../plan/types.generated.js';
import type { DistrictPlan, DistrictRule } from '../rules/types.js';
import type { Diagnostic } from '../diagnostic.js';
import { applyOverrides, findingToDiagnostic } from './engine.js';
import { effectiveSeverity } from './severity.js';

export interface DistrictCheckInput {
  config: DistrictConfig;
  configSource: SourceFile;
  plans: readonly DistrictPlan[];
  /** The source of a plan file a district rule reports on (read on demand). */
  sourceOf(file: string): SourceFile;
  asOf: string;
  rules: readonly DistrictRule[];
}

export function checkDistrict(input: DistrictCheckInput): Diagnostic[] {
  const years = [...new Set(input.plans.map((p) => p.folderYear).filter((y): y is string => !!y))].sort();
  const diagnostics: Diagnostic[] = [];
  for (const rule of input.rules) {
    if (effectiveSeverity(rule.meta.id, rule.meta.severity, input.config) === 'off') continue;
    rule.checkDistrict({
      config: input.config,
      configFile: input.configSource.file,
      plans: input.plans,
      years,
      asOf: input.asOf,
      report: (file, finding) => {
        const source = file === input.configSource.file ? input.configSource : input.sourceOf(file);
        diagnostics.push(findingToDiagnostic(source, rule.meta, finding));
      },
    });
  }
  return applyOverrides(diagnostics, input.config);
}
