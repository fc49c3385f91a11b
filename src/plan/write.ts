// Writes never leave a half-written file: write a temporary file beside the target, then rename.
import { appendFileSync, chmodSync, lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { onInterrupt } from '../util/interrupt.js';

export function writeFileAtomic(given: string, data: string | Uint8Array): void {
  // A link (a plan linked from a shared folder) is written through, at its target: renaming over
  // the link would replace it with a copy and leave the real plan unchanged.
  const link = lstatSync(given, { throwIfNoEntry: false })?.isSymbolicLink();
  const path = link ? linkTarget(given) : given;
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
  const forget = onInterrupt(() => rmSync(temp, { force: true }));
  try {
    writeFileSync(temp, data);
    // A report someone made private (chmod 600) stays private when it is replaced.
    if (existing) chmodSync(temp, existing.mode & 0o7777);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    // Name the file the user knows, not the temporary one beside it.
    if (err && typeof err === 'object' && 'path' in err) Object.assign(err, { path, syscall: 'write' });
    throw err;
  } finally {
    forget();
  }
}

/** Where a link leads (through every link on the way); a link to nothing is refused, not replaced. */
function linkTarget(link: string): string {
  try {
    return realpathSync(link);
  } catch {
    const target = resolve(dirname(link), readlinkSync(link));
    throw Object.assign(new Error(`${link} is a link to ${target}, which does not exist`), { code: 'ENOENT', path: link });
  }
}

/**
 * Several files as one change (an import: the plan, its unmapped text, its images): every file is
 * written beside its target first, and only when all are written are they renamed into place. A
 * full disk or Ctrl+C before that leaves nothing: no file, and no folder this call created.
 */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): void {
  const created: string[] = [];
  const temps: { temp: string; path: string }[] = [];
  const undo = () => {
    for (const { temp } of temps) rmSync(temp, { force: true });
    for (const dir of created.reverse()) rmSync(dir, { recursive: true, force: true });
  };
  const forget = onInterrupt(undo);
  try {
    for (const { path: given, data } of files) {
      const path = lstatSync(given, { throwIfNoEntry: false })?.isSymbolicLink() ? linkTarget(given) : given;
      const made = mkdirSync(dirname(path), { recursive: true });
      if (made) created.push(made);
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
      temps.push({ temp, path });
      try {
        writeFileSync(temp, data);
      } catch (err) {
        if (err && typeof err === 'object' && 'path' in err) Object.assign(err, { path, syscall: 'write' });
        throw err;
      }
    }
    for (const { temp, path } of temps) renameSync(temp, path);
    temps.length = 0;
  } catch (err) {
    undo();
    throw err;
  } finally {
    forget();
  }
}

/** Moves a finished file into place (a rename within one disk: the target is complete or untouched). */
export function moveFile(from: string, to: string): void {
  renameSync(from, to);
}

/** Appends text (a CI job summary): the one write that adds to what another program wrote. */
export function appendFileText(path: string, text: string): void {
  appendFileSync(path, text);
}
