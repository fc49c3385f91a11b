// ajv errors arrive as one plain-English diagnostic per place, pointing at the right line.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/check/config.js';
import { checkPlan } from '../../src/check/engine.js';
import { loadSource } from '../../src/plan/source.js';
import { GOOD_SITE, minimalPlan } from '../helpers/minimal-plan.js';
import { configWithRules } from '../helpers/config.js';

const check = (yaml: string) =>
  checkPlan(loadSource('plan.yaml', yaml), { asOf: '2026-11-23', config: undefined, root: '/', rules: [], fileExists: () => true })
    .filter((d) => d.ruleId === 'schema')
    .map((d) => `${d.line}:${d.column} ${d.message}`);

const base = minimalPlan;
const goodSite = GOOD_SITE;

describe('schema diagnostics', () => {
  it('accepts a minimal valid plan', () => {
    expect(check(base(goodSite))).toEqual([]);
  });

  it('names enum values and guesses a typo', () => {
    expect(check(base(goodSite.replace('level: elementary', 'level: elemantary')))).toEqual([
      '6:10 `site.level` must be one of elementary, middle, high, k8, k12, continuation, other — got `elemantary`; did you mean `elementary`?',
    ]);
  });

  it('points unknown keys at the key, with did-you-mean', () => {
    expect(check(base(`${goodSite}\n  enrolment: 400`))).toEqual(['9:3 Unknown field `enrolment` in `site`; did you mean `enrollment`?']);
  });

  it('reports a missing required field at its parent', () => {
    expect(check(base(goodSite.replace('  name: A School\n', '')))).toEqual(['3:1 Missing required field `name` in `site` (`site.name`).']);
  });

  it('explains wrong types and impossible dates in words', () => {
    const out = check(base(goodSite, 'adoption: { date: 2027-02-30 }\nversion: 3\n'));
    expect(out).toContain('13:19 `adoption.date` must be a real date written YYYY-MM-DD — got `2027-02-30`.');
    expect(out).toContain('14:10 `version` must be text — got `3`.');
  });

  // `zip: 95204` once got only "ZIP code, five digits": the fix a site lead needs is quotes.
  it('tells to quote digits that YAML read as a number where text is expected', () => {
    const found = checkPlan(loadSource('plan.yaml', base(goodSite, 'version: 3\n')), { asOf: '2026-11-23', config: undefined, root: '/', rules: [], fileExists: () => true })
      .find((d) => d.message.startsWith('`version` must be text'));
    expect(found?.hint).toMatch(/^Write it in quotes, version: "3": YAML reads it as a number otherwise\./);
  });

  // A site lead added the first member under `members: []` at the same indent and was shown the
  // committee's allowed keys, which did not help: the hint now says to remove `[]` and start with "- ".
  it.each([
    ['an empty list', 'committee:\n  authoringBody: safety-committee\n  members: []\n  name: Ana Ruiz\n  role: principal\n', 'committee: { authoringBody: safety-committee, members: [] }\n',
      /^`members` above is written as an empty list \(`\[\]`\).*Remove `\[\]`.*\n {2}members:\n {4}- name: Ana Ruiz\n {6}role: principal$/s],
    ['an empty block', 'responder: {}\ncontacts: []\n', 'responder: {}\n',
      /^`responder` above is written as an empty block \(`\{\}`\).*Remove `\{\}`.*\n {2}responder:\n {4}contacts: …$/s],
  ])('says to open %s when the next field lands beside it', (_, written, replaced, hint) => {
    const yaml = base(goodSite).replace(replaced, written);
    const found = checkPlan(loadSource('plan.yaml', yaml), { asOf: '2026-11-23', config: undefined, root: '/', rules: [], fileExists: () => true })
      .find((d) => d.message.startsWith('Unknown field'));
    expect(found?.hint).toMatch(hint);
  });

  it('keeps the allowed keys as the hint when no empty list is above the unknown key', () => {
    const found = checkPlan(loadSource('plan.yaml', base(`${goodSite}\n  colour: red`)), { asOf: '2026-11-23', config: undefined, root: '/', rules: [], fileExists: () => true })
      .find((d) => d.message.startsWith('Unknown field'));
    expect(found?.hint).toMatch(/^Allowed here: /);
  });

  it('says when the file is empty', () => {
    expect(check('')).toEqual(['1:1 The file is empty.']);
  });

  it('reports pattern errors with the field description as hint', () => {
    const d = checkPlan(loadSource('p.yaml', base(goodSite, 'drills:\n  - { type: fire, date: 2026-09-01, time: "9:40", conductedBy: Me }\n').replace('drills: []\n', '')), {
      asOf: '2026-11-23', config: undefined, root: '/', rules: [], fileExists: () => true,
    });
    const time = d.find((x) => x.message.startsWith('`drills[0].time`'))!;
    expect(time.message).toBe('`drills[0].time` is not in the expected form — got `9:40`.');
    expect(time.hint).toMatch(/HH:MM/);
  });

  it('names the one value a const field accepts', () => {
    expect(check(base(goodSite).replace('schemaVersion: 1', 'schemaVersion: 2'))).toEqual(['1:16 `schemaVersion` must be `1` — got `2`.']);
  });
});

describe('schema diagnostics for a oneOf (config rules: settings)', () => {
  const config = configWithRules;
  const checkConfig = (rules: string) =>
    loadConfig(loadSource('cssp.config.yaml', config(rules)), ['fire-alarm-monthly', 'fire-drill-frequency']).diagnostics.map((d) => ({
      at: `${d.line}:${d.column}`, message: d.message, hint: d.hint,
    }));

  it('says `reason` is required when a rule is turned off, with the form in the hint', () => {
    const [off, ...rest] = checkConfig('  fire-alarm-monthly: { severity: off }');
    expect(rest).toEqual([]);
    expect(off!.at).toBe('6:3');
    expect(off!.message).toBe('Missing field `reason` in `rules.fire-alarm-monthly`: it is required when `severity` is `off`.');
    expect(off!.hint).toContain('Why the rule is changed.');
    expect(off!.hint).toContain('Write it like this: fire-alarm-monthly: { severity: off, reason: "…" }');
  });

  it('reports the real problem of the branch that was meant: a misspelt severity, an unknown field', () => {
    expect(checkConfig('  fire-alarm-monthly: warnin').map((d) => d.message)).toEqual([
      '`rules.fire-alarm-monthly` must be one of error, warning, info — got `warnin`; did you mean `warning`?',
    ]);
    expect(checkConfig('  fire-alarm-monthly: { severity: warning, because: x }').map((d) => d.message)).toEqual([
      'Unknown field `because` in `rules.fire-alarm-monthly`.',
    ]);
  });

  it('names the accepted kinds of value when none fits, separately for each entry', () => {
    expect(checkConfig('  fire-alarm-monthly: 5\n  fire-drill-frequency: { severity: off }').map((d) => `${d.at} ${d.message}`)).toEqual([
      '6:23 `rules.fire-alarm-monthly` must be text or a block of fields (key: value) — got `5`.',
      '7:3 Missing field `reason` in `rules.fire-drill-frequency`: it is required when `severity` is `off`.',
    ]);
  });
});
