// Severity overrides from cssp.config.yaml `rules:`.
import type { DistrictConfig } from '../plan/types.generated.js';
import type { Severity } from '../diagnostic.js';

export type Setting = Severity | 'off';

export function effectiveSeverity(ruleId: string, fallback: Severity, config: DistrictConfig | undefined): Setting {
  const setting = config?.rules?.[ruleId];
  if (setting === undefined) return fallback;
  return typeof setting === 'string' ? setting : setting.severity;
}
