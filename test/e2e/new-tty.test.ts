// The real prompts, through a pseudo-terminal (`script` from util-linux): each answer is typed
// only once its question is on the screen, never after a fixed sleep.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';
import { gitSample } from '../helpers/git.js';
import { terminal } from '../helpers/terminal.js';

describe('cssp new on a terminal', () => {
  it('asks each question, filters sites as you type, and writes the plan', async () => {
    const root = gitSample();
    const t = terminal(root, `node ${REPO}bin/cssp.js new --no-git`);
    await t.waitFor('Which site?');
    t.type('pelican');
    await t.waitFor('Pelican Ridge Middle School');
    t.type('\r');
    let at = await t.waitFor('Which school year?');
    t.type('\r');
    at = await t.waitFor('Carry forward the 2026-27 plan', at);
    t.type('\r');
    at = await t.waitFor('Keep these', at);
    t.type('\r');
    at = await t.waitFor('Planned public meeting date', at);
    t.type('2028-13-01\r');
    at = await t.waitFor('write the date as YYYY-MM-DD', at);
    t.type('\x7f'.repeat(10) + '2028-02-10\r');
    at = await t.waitFor('Where on the school site?', at);
    t.type('\r');
    await t.waitFor('Wrote 2027-28/pelican-ridge-middle.yaml', at);
    expect(await t.exited).toBe(0);
    expect(readFileSync(join(root, '2027-28/pelican-ridge-middle.yaml'), 'utf8')).toContain('publicMeeting:\n  date: 2028-02-10\n  location: Library\n');
  }, 30_000);

  it('Ctrl+C prints Cancelled, exits 130 and writes nothing', async () => {
    const root = gitSample();
    const t = terminal(root, `node ${REPO}bin/cssp.js new`);
    await t.waitFor('Which site?');
    t.type('\x03');
    expect(await t.exited).toBe(130);
    expect(t.plain()).toContain('Cancelled');
  }, 30_000);
});
