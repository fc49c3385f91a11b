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
