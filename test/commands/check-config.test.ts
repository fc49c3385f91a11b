// A broken cssp.config.yaml is a configuration error (exit 2), reported at its line in the chosen
// format with advice about the config rather than about plans.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { memoryIo } from '../helpers/io.js';
import { testdir } from '../helpers/testdir.js';

const config = `schemaVersion: 1
district: { name: Test USD, cdsCode: 99-99999 }
calendars: {}
sites:
  - { id: alpha, name: Alpha Elementary, level: elementary, grades: K-5 }
`;
const plan = 'schemaVersion: 1\nschoolYear: 2026-27\n';

interface Json {
  diagnostics: { file: string; line: number; column: number; severity: string; ruleId: string; message: string; hint?: string }[];
}

async function check(configText: string, format: 'json' | 'stylish' = 'json') {
  const io = memoryIo(testdir({ 'cssp.config.yaml': configText, 'plans/2026-27/alpha.yaml': plan }));
  const code = await runCheck([], { format, asOf: '2026-11-23' }, io);
  const configDiagnostics = format === 'json' ? (JSON.parse(io.stdoutText) as Json).diagnostics.filter((d) => d.file === 'cssp.config.yaml') : [];
  return { code, io, configDiagnostics };
}

describe('cssp check with a broken cssp.config.yaml', () => {
  it('a tab in the indentation exits 2 and is reported at its line', async () => {
    const { code, io, configDiagnostics } = await check(config.replace('  - { id: alpha', '\t- { id: alpha'));
    expect(code).toBe(2);
    expect(configDiagnostics[0]).toMatchObject({ line: 5, ruleId: 'yaml-syntax', severity: 'error' });
    expect(io.stderrText).toMatch(/cssp\.config\.yaml has 1 error \(the first at cssp\.config\.yaml:5:\d+\); fix it first/);
  });

  it('a misspelled key exits 2, with the position in stylish output too', async () => {
    const { code, io } = await check(config.replace('calendars:', 'calendar:'), 'stylish');
    expect(code).toBe(2);
    expect(io.stdoutText).toMatch(/^cssp\.config\.yaml\n[^]*\n {2}3:1 {2}error {2}Unknown field `calendar` at the top level; did you mean `calendars`\?/);
  });

  it('an empty file exits 2 and says what a config holds, not how to start a plan', async () => {
    const { code, configDiagnostics } = await check('');
    expect(code).toBe(2);
    expect(configDiagnostics).toHaveLength(1);
    const [empty] = configDiagnostics;
    expect(empty).toMatchObject({ line: 1, column: 1, message: 'The district settings file is empty.' });
    expect(empty!.hint).toMatch(/district \(name and CDS code\).*calendars.*registry of sites/);
    expect(empty!.hint).toContain('README');
    expect(empty!.hint).not.toMatch(/last year's plan/);
  });

  it('a config that is a folder is reported, not an internal error', async () => {
    const io = memoryIo(testdir({ 'cssp.config.yaml/keep': '', 'plans/2026-27/alpha.yaml': plan }));
    expect(await runCheck(['plans'], { format: 'json', root: '.', asOf: '2026-11-23' }, io)).toBe(2);
    expect(io.stdoutText).toContain('"file":"cssp.config.yaml","line":1,"column":1,"endLine":1,"endColumn":1,"severity":"error","ruleId":"file-read"');
  });

  it('a warning in the config (unknown rule id) does not make it a config error', async () => {
    const { code, configDiagnostics, io } = await check(`${config}rules:\n  fire-alarm-montly: warning\n`);
    expect(configDiagnostics).toMatchObject([{ severity: 'warning', ruleId: 'config' }]);
    expect(code).toBe(1); // the plan's own errors, as without the warning
    expect(io.stderrText).toBe('');
  });
});

describe('a setting that would waive a statute', () => {
  // SB 671 (2023) made the procedures for reports of dangerous activity statute: the old switch has
  // no effect, and a district still setting it hears so as a warning (its CI keeps passing).
  it('requiredSections.dangerousActivityReports: a warning at its line, exit unchanged, the section still required', async () => {
    const { code, io, configDiagnostics } = await check(`${config}requiredSections:\n  dangerousActivityReports: false\n`);
    const line = `${config}requiredSections:\n`.split('\n').length;
    expect(configDiagnostics).toEqual([expect.objectContaining({ line, ruleId: 'config', severity: 'warning', message: expect.stringContaining('SB 671 (2023)') as unknown })]);
    expect(code).not.toBe(2);
    expect(io.stdoutText).toContain('dangerous-activity-reports');
  });
});
