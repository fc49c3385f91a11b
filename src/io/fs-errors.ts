// File-system errors in words a school administrator can act on, instead of "EISDIR: illegal
// operation on a directory, open '…'".
const REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  // mkdir reports EEXIST when a file stands where a folder of the path should be.
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'part of the path is a file, not a folder',
};

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) ?? (err as Error)?.message ?? String(err);
}

const HINTS: Record<string, string> = {
  EACCES: 'Check that you may write there (the folder or file may belong to someone else), or choose another place with -o.',
  EPERM: 'Check that you may write there (the folder or file may belong to someone else), or choose another place with -o.',
  EROFS: 'Choose a folder on a disk you can write to, or with -o.',
  ENOSPC: 'Free some space on the disk, then run the command again; nothing was half-written.',
  EDQUOT: 'Free some space in your disk quota, then run the command again; nothing was half-written.',
};

/**
 * A file-system error that reached main: the user's situation (a read-only folder, a full disk),
 * said with the file and what to do, instead of "internal error: ENOSPC ... please report it".
 */
export function fsFailure(err: unknown): { message: string; hint: string } | undefined {
  const e = err as NodeJS.ErrnoException;
  if (!e || typeof e.code !== 'string' || !(e.code in REASONS || e.code in HINTS)) return undefined;
  const reading = e.syscall === 'open' && e.code === 'ENOENT' ? true : ['read', 'scandir', 'stat', 'lstat', 'opendir'].includes(e.syscall ?? '');
  const where = e.path ? ` ${e.path}` : '';
  const why = e.code === 'EDQUOT' ? 'the disk quota is used up' : describeFsError(e);
  return {
    message: `Cannot ${reading ? 'read' : 'write'}${where}: ${why}.`,
    hint: HINTS[e.code] ?? (reading ? 'Check that the file exists and that you may read it.' : 'Check the folder, then run the command again.'),
  };
}
