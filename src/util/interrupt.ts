// What a command has made and not finished (a temporary file before its rename, a browser and its
// profile folder) is registered here while it exists, so Ctrl+C removes it before cssp exits with
// 130. main.ts runs the cleanups; a command that handles Ctrl+C itself (bundle, edit) still can.
type Cleanup = () => void | Promise<void>;
const cleanups = new Set<Cleanup>();

/** How long Ctrl+C waits for a cleanup that has to wait (a browser still starting). */
const WAIT_MS = 5_000;

/** Registers `cleanup` until the returned function is called (when the work finished normally). */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** Runs every registered cleanup once, newest first; one that fails does not stop the others. */
export async function runInterruptCleanups(): Promise<void> {
  const running: Promise<void>[] = [];
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      const result = cleanup();
      if (result) running.push(result.catch(() => undefined));
    } catch {
      // best effort: the process is ending
    }
  }
  if (running.length) await Promise.race([Promise.all(running), new Promise((done) => setTimeout(done, WAIT_MS).unref())]);
}
