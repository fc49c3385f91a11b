// Entry point: runs the CLI and turns its result into the process exit code. The only place that
// sets process.exitCode; commands return codes or throw CsspError.
import { run } from './cli.js';
import { CancelledError, CsspError } from './errors.js';
import { processIo } from './io/std.js';
import { fsFailure } from './io/fs-errors.js';
import { runInterruptCleanups } from './util/interrupt.js';
import { tuneJit } from './util/jit.js';

tuneJit();
const io = processIo();

// Ctrl+C outside a prompt (prompts read it as a key and cancel themselves): remove what is half
// made (a temporary file, a browser and its profile), say so and exit 130. A command that handles
// Ctrl+C itself (bundle, edit) has its own listener, and this one then leaves it to that command.
process.on('SIGINT', () => {
  if (process.listenerCount('SIGINT') > 1) return;
  io.stderr('Cancelled\n');
  void runInterruptCleanups().finally(() => process.exit(130));
});
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');

try {
  process.exitCode = await run(argv, io);
} catch (err) {
  if (err instanceof CancelledError) {
    io.stderr('Cancelled\n');
    process.exitCode = err.exitCode;
  } else if (err instanceof CsspError) {
    io.stderr(`cssp: ${err.message}\n`);
    if (err.hint) io.stderr(`${err.hint}\n`);
    if (verbose && err.stack) io.stderr(`${err.stack}\n`);
    process.exitCode = err.exitCode;
  } else if (fsFailure(err)) {
    const { message, hint } = fsFailure(err)!;
    io.stderr(`cssp: ${message}\n${hint}\n`);
    if (verbose && (err as Error).stack) io.stderr(`${(err as Error).stack}\n`);
    process.exitCode = 2;
  } else {
    io.stderr(`cssp: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    io.stderr(verbose ? `${(err as Error)?.stack}\n` : 'Run again with --verbose for details, and please report it.\n');
    process.exitCode = 2;
  }
}
