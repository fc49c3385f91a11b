// Writes never leave a half-written file: write a temporary file beside the target, then rename.
import { chmodSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  // A device, FIFO or socket (--output /dev/null, /dev/stdout, a named pipe) is written in place:
  // renaming over it would replace the device with a regular file, which as root breaks the machine.
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing && !existing.isFile()) {
    writeFileSync(path, data);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  // Same folder as the target: a rename within one file system is atomic, across them it fails.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, data);
    // A report someone made private (chmod 600) stays private when it is replaced.
    if (existing) chmodSync(temp, existing.mode & 0o7777);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
