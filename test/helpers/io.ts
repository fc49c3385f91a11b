// An in-memory Io for in-process command tests.
import type { Io } from '../../src/io/std.js';

export interface MemoryIo extends Io {
  out: string[];
  err: string[];
  readonly stdoutText: string;
  readonly stderrText: string;
}

export function memoryIo(cwd: string, env: Record<string, string | undefined> = {}): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdoutIsTTY: false,
    stdinIsTTY: false,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    out,
    err,
    get stdoutText() {
      return out.join('');
    },
    get stderrText() {
      return err.join('');
    },
  };
}
