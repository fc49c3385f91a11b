// End-to-end: record a delivery with bin/cssp.js in a git repository, then check the district.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';
import { git, gitSample } from '../helpers/git.js';

const cssp = (args: string[], cwd: string) =>
  execa('node', [`${REPO}bin/cssp.js`, ...args], { cwd, reject: false, stdin: 'ignore', timeout: 30_000, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' } });

const PLAN = '2025-26/bayside-elementary.yaml';

describe('cssp distribute (no terminal)', () => {
  it('records and commits the delivery; check warns only once the plan changes', async () => {
    const root = gitSample();
    const r = await cssp(['distribute', '--site', 'bayside-elementary', '--agency', 'Harbor Vista Fire Department', '--date', '2026-04-02', '--as-of', '2026-11-23', '--commit'], root);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/received the responder edition of version 2025-26\.1 on 2026-04-02, content [0-9a-f]{12}, git [0-9a-f]+\./);
    expect(git(root, 'status', '--porcelain')).toBe('');
    const clean = await cssp(['check', '--as-of', '2026-11-23', PLAN], root);
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toContain('no problems');

    const file = join(root, PLAN);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Evacuate, Shelter)', 'Evacuate, Shelter, Reunify)'));
    const stale = await cssp(['check', '--as-of', '2026-11-23', '--fail-on', 'warning', PLAN], root);
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toContain('The plan has changed since Harbor Vista Fire Department received version 2025-26.1 on April 2, 2026');
  });

  it('exits 2 naming the missing flag', async () => {
    const r = await cssp(['distribute', '--site', 'bayside-elementary'], gitSample());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/cannot ask \(there is no terminal\), and --agency was not given/);
  });
});
