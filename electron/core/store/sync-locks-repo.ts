import type Database from 'better-sqlite3';

/** Whether a process with this id still runs on this machine (the lock holder of a killed sync does not). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still means alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock row per syncing course. Taking it is one IMMEDIATE transaction, so two processes cannot both
 * see it free; a row left by a process that died (killed mid-sync) is taken over.
 */
export function createSyncLocksRepo(db: Database.Database) {
  const read = db.prepare<[number], { pid: number }>('SELECT pid FROM sync_locks WHERE course_id = ?');
  const take = db.prepare(`INSERT INTO sync_locks (course_id, pid, acquired_at) VALUES (?, ?, ?)
    ON CONFLICT (course_id) DO UPDATE SET pid = excluded.pid, acquired_at = excluded.acquired_at`);
  const free = db.prepare('DELETE FROM sync_locks WHERE course_id = ? AND pid = ?');
  return {
    /** Takes the course's lock for this process; returns the pid holding it when another live process does. */
    acquireSyncLock(courseId: number, pid: number = process.pid): { isAcquired: true } | { isAcquired: false; holderPid: number } {
      return db
        .transaction(() => {
          const holder = read.get(courseId);
          if (holder && holder.pid !== pid && isProcessAlive(holder.pid)) return { isAcquired: false as const, holderPid: holder.pid };
          take.run(courseId, pid, new Date().toISOString());
          return { isAcquired: true as const };
        })
        .immediate();
    },
    releaseSyncLock(courseId: number, pid: number = process.pid): void {
      free.run(courseId, pid);
    },
  };
}
