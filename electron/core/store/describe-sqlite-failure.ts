import { dirname } from 'node:path';
import { StoreError } from './store-error';

/** SQLite's result codes that say something the user can act on, with what to do about each. */
function describeCode(code: string, path: string): { code: 'disk_full' | 'damaged' | 'read_only' | 'cannot_open' | 'busy'; message: string } | null {
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { code: 'busy', message: `${path} stayed locked by another GitPulse process (a sync, the app or gitpulse serve); try again once it is done.` };
  }
  if (code.startsWith('SQLITE_FULL')) return { code: 'disk_full', message: `The disk holding ${dirname(path)} is full; free some space and try again.` };
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return {
      code: 'damaged',
      message: `${path} is damaged or not a GitPulse database; move it away and restore the newest ${path}.before-NNNN.bak in its place (or sync again into an empty data folder).`,
    };
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) {
    return {
      code: 'read_only',
      message: `GitPulse cannot write ${path}; check the permissions and owner of the file and its folder (a file created under sudo belongs to root).`,
    };
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return { code: 'cannot_open', message: `GitPulse cannot open ${path}; check that the folder exists, is writable by you and has free space.` };
  }
  return null;
}

/**
 * The user's one line for a failed database operation: the file, what is wrong and what to do,
 * instead of SQLite's bare "file is not a database". Anything not from SQLite is returned as it came.
 */
export function describeSqliteFailure(error: unknown, path: string): unknown {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  const described = describeCode(code, path);
  return described ? new StoreError(described.code, described.message) : error;
}
