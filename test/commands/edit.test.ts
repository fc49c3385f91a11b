// cssp edit as a command: finds the plan, prints the address (127.0.0.1, with its key), serves it,
// and stops on Ctrl+C; a missing plan or a bad port is a usage error before anything listens.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runEdit } from '../../src/commands/edit.js';
import { UsageError } from '../../src/errors.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';

describe('cssp edit', () => {
  it('serves the site\'s newest plan at 127.0.0.1 with a key, and stops on Ctrl+C (exit 0)', async () => {
    const root = copySample();
    const io = memoryIo(root);
    const signals = new EventEmitter();
    const done = runEdit(undefined, { site: 'bayside-elementary', open: false }, io, signals);
    await expect.poll(() => io.stderrText, { timeout: 5_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\/[\w-]{20,}\//);
    const url = /http:\/\/\S+/.exec(io.stderrText)![0];
    expect(io.stderrText).toContain('Editing 2026-27/bayside-elementary.yaml at');
    const state = (await (await fetch(`${url}api/state`)).json()) as { value: { schoolYear: string } };
    expect(state.value.schoolYear).toBe('2026-27');
    signals.emit('SIGINT');
    await expect(done).resolves.toBe(0);
    await expect(fetch(`${url}api/state`)).rejects.toThrow();
  });

  it.each([
    [{ site: 'no-such-site' }, /Name a plan file, or a site/],
    [{ site: 'bayside-elementary', year: '2030-31' }, /There is no plan/],
    [{ site: 'bayside-elementary', port: 'eighty' }, /--port takes a port number/],
  ])('refuses %o before listening', async (opts, message) => {
    const root = copySample();
    await expect(runEdit(undefined, { ...opts, open: false }, memoryIo(root), new EventEmitter())).rejects.toThrow(message);
    await expect(runEdit(undefined, { ...opts, open: false }, memoryIo(root), new EventEmitter())).rejects.toBeInstanceOf(UsageError);
  });
});
