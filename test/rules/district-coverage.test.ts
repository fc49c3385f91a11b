// A district rule: tested through checkDistrict with real sources for the config and plans.
import { describe, expect, it } from 'vitest';
import { checkDistrict } from '../../src/check/district.js';
import { placeOf } from '../../src/plan/paths.js';
import { loadSource } from '../../src/plan/source.js';
import rule from '../../src/rules/district-coverage.js';

const configText = `schemaVersion: 1
district: { name: Test USD, cdsCode: 99-99999 }
calendars: {}
sites:
  - { id: alpha, name: Alpha Elementary, level: elementary, grades: K-5 }
  - { id: beta, name: Beta Middle, level: middle, grades: 6-8 }
  - { id: gamma, name: Gamma High, level: high, grades: 9-12, active: false }
`;

function run(planFiles: string[], extraConfig = '') {
  const configSource = loadSource('/d/cssp.config.yaml', configText + extraConfig);
  const plans = planFiles.map((file) => ({ file, ...placeOf(file) }));
  const sourceOf = (file: string) => loadSource(file, 'x: 1\n');
  return checkDistrict({ config: configSource.data as never, configSource, plans, sourceOf, asOf: '2026-11-23', rules: [rule] });
}

describe('district-coverage', () => {
  it('is quiet when every active site has a plan each year', () => {
    expect(run(['/d/plans/2026-27/alpha.yaml', '/d/plans/2026-27/beta.yaml'])).toEqual([]);
  });

  it('reports a missing plan on the registry entry, per year: an error once March 1 has passed', () => {
    const found = run(['/d/plans/2025-26/alpha.yaml', '/d/plans/2026-27/alpha.yaml', '/d/plans/2026-27/beta.yaml']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'district-coverage', file: '/d/cssp.config.yaml', line: 6, column: 11, severity: 'error' });
    expect(found[0]!.message).toBe('Beta Middle (`beta`) has no plan for 2025-26: expected plans/2025-26/beta.yaml.');
    expect(found[0]!.hint).toBe("Run `cssp new --site beta --year 2025-26` to start it (from last year's plan when there is one), or set `active: false` on a closed site.");
  });

  it('a plan not started before the adoption deadline is a warning', () => {
    const found = run(['/d/plans/2026-27/alpha.yaml']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 6 });
    expect(found[0]!.message).toBe('Beta Middle (`beta`): the 2026-27 plan is not started yet (due by March 1, 2027): expected plans/2026-27/beta.yaml.');
  });

  it('with no plans at all, lists every active site as not started for the current school year', () => {
    const found = run([]);
    expect(found.map((d) => [d.line, d.severity])).toEqual([[5, 'warning'], [6, 'warning']]);
    expect(found[0]!.message).toMatch(/^Alpha Elementary \(`alpha`\): the 2026-27 plan is not started yet/);
  });

  it('asks for the current school year once no plan folder reaches it', () => {
    const found = run(['/d/plans/2025-26/alpha.yaml', '/d/plans/2025-26/beta.yaml']);
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(/`alpha`\): the 2026-27 plan is not started/), expect.stringMatching(/`beta`\): the 2026-27 plan is not started/)]);
  });

  it('names the expected file under the configured plansDir', () => {
    const found = run(['/d/2026-27/alpha.yaml'], 'plansDir: .\n');
    expect(found.map((d) => d.message)).toEqual(['Beta Middle (`beta`): the 2026-27 plan is not started yet (due by March 1, 2027): expected 2026-27/beta.yaml.']);
    const custom = run(['/d/safety/plans/2026-27/alpha.yaml'], 'plansDir: safety/plans/\n');
    expect(custom[0]!.message).toMatch(/expected safety\/plans\/2026-27\/beta\.yaml\.$/);
  });
});
