// cssp.config.yaml: the schema's oneOf for rule settings, and rule ids that do not exist.
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/check/builtin.js';
import { loadConfig } from '../../src/check/config.js';
import { loadSource } from '../../src/plan/source.js';
import { configWithRules } from '../helpers/config.js';

const known = ALL_CHECKS.map((m) => m.id);
const config = configWithRules;
const load = (rules: string) => loadConfig(loadSource('cssp.config.yaml', config(rules)), known);
const shown = (rules: string) => load(rules).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}: ${d.message}`);

describe('loadConfig', () => {
  it('accepts known rules set to a severity, or off with a reason', () => {
    const loaded = load('  lockdown-drill-frequency: warning\n  committee-pupil-member: { severity: off, reason: "Board counsel" }');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config?.rules).toEqual({ 'lockdown-drill-frequency': 'warning', 'committee-pupil-member': { severity: 'off', reason: 'Board counsel' } });
  });

  it('warns about an unknown rule id at its key, with a guess when one is close', () => {
    expect(shown('  fire-drill-frequncy: warning')).toEqual([
      '6:3 config warning: Unknown rule `fire-drill-frequncy` in rules:; did you mean `fire-drill-frequency`?',
    ]);
    expect(shown('  no-such-thing-at-all: warning')).toEqual(['6:3 config warning: Unknown rule `no-such-thing-at-all` in rules:.']);
    // The config still applies: an unknown id is a warning, not an error.
    expect(load('  no-such-thing-at-all: warning').config).toBeDefined();
  });

  it('says what forms a rule setting accepts (oneOf), and drops the config', () => {
    const loaded = load('  drill-dates: 5');
    expect(shown('  drill-dates: 5')).toEqual(['6:16 schema error: `rules.drill-dates` must be text or a block of fields (key: value) — got `5`.']);
    expect(loaded.config).toBeUndefined();
  });
});
