// `cssp diff` through bin/cssp.js (the built CLI): help, a site's years, exit codes.
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';

const cssp = (args: string[]) => execa('node', [`${REPO}bin/cssp.js`, ...args], { cwd: `${REPO}plans`, reject: false, env: { NO_COLOR: '1' } });

describe('cssp diff (built CLI)', () => {
  it('compares a site of the sample district, exit 0', async () => {
    const r = await cssp(['diff', 'bayside-elementary']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Bayside Elementary School \(bayside-elementary\): 2025-26 → 2026-27\n/);
    expect(r.stdout).toContain('Tactical responses to criminal incidents: text changed (confidential).');
  });

  it('an unknown site or ref: exit 2, listing the sites', async () => {
    const r = await cssp(['diff', 'no-such-site-or-ref']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('cssp: no-such-site-or-ref is neither a site in cssp.config.yaml nor a git commit, branch or tag.');
    expect(r.stderr).toContain('Sites: bayside-elementary,');
  });

  it('is listed in --help with a one-line summary', async () => {
    const r = await cssp(['--help']);
    expect(r.stdout).toMatch(/\n {2}diff \[options\] <site-or-ref>  +say what changed between two plans, in words\n/);
  });
});
