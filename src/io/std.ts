// The process's standard streams and environment, passed to commands so tests can swap them.
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  // Function properties, not methods: commands pass them on detached (commander's writeOut).
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  /** A person can answer prompts; without one (CI, pipes) commands never wait for input. */
  stdinIsTTY: boolean;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: untilReaderGone(process.stdout),
    stderr: untilReaderGone(process.stderr),
    stdoutIsTTY: !!process.stdout.isTTY,
    stdinIsTTY: !!process.stdin.isTTY,
  };
}

/**
 * A writer for a standard stream. A reader that stops early (`cssp rules | head -5`) closes the
 * pipe; what is left to print has nowhere to go, which is not cssp's error: stop writing and
 * finish, as other Unix tools do, instead of dying of an unhandled EPIPE with a stack trace.
 */
function untilReaderGone(stream: NodeJS.WriteStream): (text: string) => void {
  let readerGone = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    readerGone = true;
  });
  return (text) => void (readerGone || stream.write(text));
}

/** Colour on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
export function wantsColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}
