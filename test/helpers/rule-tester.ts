// Table-driven rule tests: each case is YAML text plus the findings expected (rule id, line, column).
// Rules run on partial plans too, so a case needs only the parts of a plan the rule reads.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/engine.js';
import { compareDiagnostics, type Diagnostic } from '../../src/diagnostic.js';
import { loadSource } from '../../src/plan/source.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { printedHashes } from '../../src/check/printed-hash.js';
import type { PlanRule } from '../../src/rules/types.js';
import type { Translation } from '../../src/plan/translations.js';
import { testConfig } from './config.js';

export interface CaseOptions {
  /** Defaults to 2026-11-23. */
  asOf?: string;
  /** Defaults to testConfig; pass null for "no cssp.config.yaml". */
  config?: DistrictConfig | null;
  /** Files that exist, relative to the district root /district (plans live in /district/plans/2026-27/). */
  files?: string[];
  /** Plan file path; defaults to /district/plans/2026-27/test-elementary.yaml. */
  file?: string;
  /** Map images' sizes, by path relative to the district root (as files). */
  mapSizes?: Record<string, { width: number; height: number }>;
  /** Stored family-edition translations, by language. */
  translations?: Record<string, Translation>;
}

export interface ValidCase extends CaseOptions {
  name: string;
  yaml: string;
}

export interface ExpectedFinding {
  line: number;
  column: number;
  /** A substring or pattern the message must match. */
  message?: string | RegExp;
  severity?: Diagnostic['severity'];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

function runRule(rule: PlanRule, yaml: string, options: CaseOptions = {}): Diagnostic[] {
  const file = options.file ?? '/district/plans/2026-27/test-elementary.yaml';
  const files = new Set((options.files ?? []).map((f) => `/district/${f}`));
  const config = options.config === null ? undefined : (options.config ?? testConfig);
  const diagnostics = checkPlan(loadSource(file, yaml), {
    asOf: options.asOf ?? '2026-11-23',
    config,
    root: '/district',
    rules: [rule],
    fileExists: (p) => files.has(p),
    mapSize: (p) => options.mapSizes?.[p.replace(/^\/district\//, '')],
    printedHashes: (plan, planFile) => printedHashes(plan, planFile, '/district', config),
    translationOf: (_file, lang) => options.translations?.[lang],
    rethrow: true,
  });
  return diagnostics.filter((d) => d.ruleId === rule.meta.id);
}

export function testRule(rule: PlanRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has metadata', () => {
      expect(rule.meta.citation).toBeTruthy();
      expect(rule.meta.description.length).toBeGreaterThan(10);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(runRule(rule, c.yaml, c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = runRule(rule, c.yaml, c).sort(compareDiagnostics);
        expect(found.map((d) => ({ line: d.line, column: d.column }))).toEqual(c.errors.map((e) => ({ line: e.line, column: e.column })));
        c.errors.forEach((e, i) => {
          const d = found[i]!;
          expect(d.ruleId).toBe(rule.meta.id);
          if (e.message instanceof RegExp) expect(d.message).toMatch(e.message);
          else if (e.message) expect(d.message).toContain(e.message);
          if (e.severity) expect(d.severity).toBe(e.severity);
          expect(d.hint, 'every finding says how to fix it').toBeTruthy();
        });
      });
    }
  });
}
