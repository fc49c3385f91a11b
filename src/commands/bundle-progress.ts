// What cssp bundle says while it prints: a bar on a terminal (cli-progress), one line per site
// otherwise (CI logs, pipes), nothing but failures with --quiet. Failures are always printed,
// above the bar, because a bar alone would hide which site failed.
import { MultiBar } from 'cli-progress';
import type { Io } from '../io/std.js';
import type { ProgressEvent } from '../render/bundle.js';

export interface Progress {
  onProgress: (e: ProgressEvent) => void;
  /** Removes the bar (before the summary, or on Ctrl+C). */
  stop: () => void;
}

/** `terminal` is the stream the bar draws on, when it is a terminal the user is watching. */
export function bundleProgress(io: Io, total: number, opts: { quiet?: boolean; terminal?: NodeJS.WritableStream & { isTTY?: boolean } }): Progress {
  const failure = (e: ProgressEvent) => `  ✖ ${e.edition} ${e.site}: ${e.error!.split('\n')[0]}\n`;
  let done = 0;
  if (opts.quiet) return { onProgress: (e) => e.error && io.stderr(failure(e)), stop: () => {} };
  if (!io.stdoutIsTTY || !opts.terminal?.isTTY || total === 0) {
    return {
      onProgress: (e) => io.stderr(`  [${++done}/${total}]${e.error ? failure(e).slice(1) : ` ✔ ${e.edition} ${e.site} (${e.pages} pages)\n`}`),
      stop: () => {},
    };
  }
  // A MultiBar of one bar, for its log(): a failure line printed above the bar, which redraws below.
  const bars = new MultiBar({ stream: opts.terminal, format: '  {bar} {value}/{total} | {last}', hideCursor: true, clearOnComplete: true, barsize: 30 });
  const bar = bars.create(total, 0, { last: '' });
  // gracefulExit stays off: bundle's own Ctrl+C handler stops the bar, then cleans up.
  let stopped = false;
  return {
    onProgress: (e) => {
      if (stopped) return;
      bar.increment({ last: `${e.edition} ${e.site}` });
      if (!e.error) return;
      bars.log(failure(e));
      bars.update(); // draw now: the bar is cleared at the end, and a buffered line with it
    },
    stop: () => {
      if (!stopped) bars.stop();
      stopped = true;
    },
  };
}
