import { hostname, uptime } from 'node:os';
import type Database from 'better-sqlite3';

/** A lease its holder has not renewed for this long is free: the holder died, hung or was killed. */
export const syncLeaseTtlMs = 60_000;

/** Who holds a course's sync lease: shown with "busy" in the UI and the CLI. */
export interface SyncLeaseHolder {
  pid: number;
  host: string;
  /** When the holder took the lease (UTC ISO). */
  since: string;
}

interface LockRow {
  pid: number;
  host: string;
  acquired_at: string;
  renewed_at: string;
}

/** When this machine booted; a lease taken before it belongs to a process that is gone. */
function readBootTimeMs(nowMs: number): number {
  return nowMs - uptime() * 1000;
}

function hasProcessExited(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function isLeaseLive(row: LockRow, nowMs: number): boolean {
  const renewedMs = Date.parse(row.renewed_at);
  const acquiredMs = Date.parse(row.acquired_at);
  if (!Number.isFinite(renewedMs) || nowMs - renewedMs > syncLeaseTtlMs) return false;
  // A holder on this machine that no longer exists (killed with SIGKILL) frees it at once; a live pid
  // proves nothing (ids are reused), so only the renewal decides then.
  if (row.host === hostname() && hasProcessExited(row.pid)) return false;
  // Only this machine's boot says anything about a lease; another host's holder is judged by renewal.
  return row.host !== hostname() || acquiredMs >= readBootTimeMs(nowMs);
}

/**
 * One lease row per syncing course. Taking it is one IMMEDIATE transaction, so two processes cannot
 * both see it free. A process id is kept for the user to see, never to decide: ids are reused after a
 * reboot, and a killed sync not yet reaped still answers kill(pid, 0).
 */
export function createSyncLocksRepo(db: Database.Database) {
  const read = db.prepare<[number], LockRow>('SELECT pid, host, acquired_at, renewed_at FROM sync_locks WHERE course_id = ?');
  const take = db.prepare(`INSERT INTO sync_locks (course_id, pid, host, acquired_at, renewed_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (course_id) DO UPDATE SET pid = excluded.pid, host = excluded.host, acquired_at = excluded.acquired_at, renewed_at = excluded.renewed_at`);
  const renew = db.prepare('UPDATE sync_locks SET renewed_at = ? WHERE course_id = ? AND pid = ? AND host = ?');
  const free = db.prepare('DELETE FROM sync_locks WHERE course_id = ? AND pid = ? AND host = ?');
  const host = hostname();
  return {
    /** Takes the course's lease for this process; says who holds it when another live holder does. */
    acquireSyncLock(courseId: number, pid: number = process.pid): { isAcquired: true } | { isAcquired: false; holder: SyncLeaseHolder } {
      return db
        .transaction(() => {
          const now = Date.now();
          const row = read.get(courseId);
          const isOurs = row?.pid === pid && row.host === host;
          if (row && !isOurs && isLeaseLive(row, now)) return { isAcquired: false as const, holder: { pid: row.pid, host: row.host, since: row.acquired_at } };
          const at = new Date(now).toISOString();
          take.run(courseId, pid, host, at, at);
          return { isAcquired: true as const };
        })
        .immediate();
    },
    /** Keeps the lease alive; the holder calls it well within syncLeaseTtlMs while it syncs. */
    renewSyncLock(courseId: number, pid: number = process.pid): void {
      renew.run(new Date().toISOString(), courseId, pid, host);
    },
    /** The live holder of the course's lease, or null when it is free. */
    readSyncLockHolder(courseId: number): SyncLeaseHolder | null {
      const row = read.get(courseId);
      return row && isLeaseLive(row, Date.now()) ? { pid: row.pid, host: row.host, since: row.acquired_at } : null;
    },
    releaseSyncLock(courseId: number, pid: number = process.pid): void {
      free.run(courseId, pid, host);
    },
  };
}
