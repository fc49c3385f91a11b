// cssp bundle's progress: a bar only on a terminal, plain lines otherwise, failures always.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bundleProgress } from '../../src/commands/bundle-progress.js';
import { memoryIo } from '../helpers/io.js';

/** A stream that says it is a terminal and keeps what is drawn on it. */
function fakeTerminal() {
  const drawn: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => void (drawn.push(String(chunk)), done()) }) as Writable & Record<string, unknown>;
  Object.assign(stream, { isTTY: true, columns: 100, cursorTo: () => true, moveCursor: () => true, clearLine: () => true, clearScreenDown: () => true });
  return { stream: stream as unknown as NodeJS.WriteStream, drawn };
}

const ok = { edition: 'public' as const, site: 'alpha', pages: 3 };
const bad = { edition: 'public' as const, site: 'broken', error: 'broken.yaml cannot be rendered\n  details' };

describe('bundleProgress', () => {
  it('prints a line per site when stdout is not a terminal', () => {
    const io = memoryIo('/');
    const p = bundleProgress(io, 2, { terminal: fakeTerminal().stream });
    p.onProgress(ok);
    p.onProgress(bad);
    p.stop();
    expect(io.stderrText).toBe('  [1/2] ✔ public alpha (3 pages)\n  [2/2] ✖ public broken: broken.yaml cannot be rendered\n');
  });

  it('draws a bar on a terminal and still names a failed site', () => {
    const io = memoryIo('/');
    io.stdoutIsTTY = true;
    const { stream, drawn } = fakeTerminal();
    const p = bundleProgress(io, 2, { terminal: stream });
    p.onProgress(bad);
    p.onProgress(ok);
    p.stop();
    expect(io.stderrText).toBe('');
    expect(drawn.join('')).toContain('broken: broken.yaml cannot be rendered');
    expect(drawn.join('')).toMatch(/[=-]{30} 1\/2 \| public broken/);
  });

  it('--quiet: failures only, no bar', () => {
    const io = memoryIo('/');
    io.stdoutIsTTY = true;
    const { stream, drawn } = fakeTerminal();
    const p = bundleProgress(io, 2, { quiet: true, terminal: stream });
    p.onProgress(ok);
    p.onProgress(bad);
    p.stop();
    expect(drawn).toEqual([]);
    expect(io.stderrText).toBe('  ✖ public broken: broken.yaml cannot be rendered\n');
  });
});
