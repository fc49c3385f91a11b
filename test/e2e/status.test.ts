// `cssp status` as a user runs it: bin/cssp.js on the sample district, with a pinned date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { copySample, REPO } from '../helpers/district.js';

const cssp = (args: string[], cwd = REPO) =>
  execa('node', [`${REPO}bin/cssp.js`, 'status', ...args], { cwd, reject: false, stdin: 'ignore', timeout: 30_000, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' } });

describe('cssp status (bin/cssp.js)', () => {
  it('the README demo: six drafts, none past a deadline, exit 0', async () => {
    const r = await cssp(['--as-of', '2026-11-23']);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('6 sites: 0 adopted, 6 consulted; 0 past a deadline');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('after March 1, exit 1; -o writes the HTML page atomically', async () => {
    const root = copySample();
    const r = await cssp(['--as-of', '2027-03-15', '-f', 'html', '-o', 'status.html'], root);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Wrote the 2026-27 status of 6 sites to status.html.');
    expect(readFileSync(join(root, 'status.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('an unknown format is a usage error, exit 2', async () => {
    const r = await cssp(['--format', 'pdf']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are table, json, csv, markdown, html/);
  });
});
