// Entry point: runs the CLI and turns its result into the process exit code. The only place that
// sets process.exitCode; commands return codes or throw CsspError.
import { run } from './cli.js';
import { CancelledError, CsspError } from './errors.js';
import { processIo } from './io/std.js';

const io = processIo();
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
  } else {
    io.stderr(`cssp: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    io.stderr(verbose ? `${(err as Error)?.stack}\n` : 'Run again with --verbose for details, and please report it.\n');
    process.exitCode = 2;
  }
}
