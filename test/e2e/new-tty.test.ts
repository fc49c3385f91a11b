// The real prompts, through a pseudo-terminal (`script` from util-linux): each answer is typed
// only once its question is on the screen, never after a fixed sleep.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';
import { gitSample } from '../helpers/git.js';

function terminal(cwd: string, command: string) {
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1', TERM: 'xterm', COLUMNS: '120' } });
  let screen = '';
  child.stdout.on('data', (d: Buffer) => (screen += d.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  // Colour and cursor escapes (ESC [ ... letter) removed, so the text reads as on the screen.
  const plain = () => screen.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g'), '');
  const waitFor = async (text: string, from = 0) => {
    for (let i = 0; i < 400; i++) {
      const at = plain().indexOf(text, from);
      if (at >= 0) return at;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`"${text}" never appeared. Screen:\n${plain()}`);
  };
  return { waitFor, type: (keys: string) => child.stdin.write(keys), exited, plain };
}

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
