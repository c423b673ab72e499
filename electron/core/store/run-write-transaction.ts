import type Database from 'better-sqlite3';
import { StoreError } from './store-error';

/** Attempts after the first: with busy_timeout each one has already waited seconds for the lock. */
const busyRetries = 3;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs fn in a write transaction that takes the write lock when it begins (BEGIN IMMEDIATE). A
 * deferred transaction that reads first and writes later cannot wait for another process's
 * write: SQLite answers SQLITE_BUSY at once instead of honouring busy_timeout, which failed about a
 * third of the syncs two processes ran at once. Begun immediately it waits, and if another process
 * still holds the lock past busy_timeout, the whole transaction is tried again (nothing of it was
 * written) a few times before the caller hears, in one line, which file was busy. A nested call is
 * a savepoint of the outer transaction and is never retried alone.
 */
export function runWriteTransaction<T>(db: Database.Database, fn: () => T): T {
  const transaction = db.transaction(fn);
  if (db.inTransaction) return transaction();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return transaction.immediate();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (attempt >= busyRetries) {
        throw new StoreError('busy', `${db.name} stayed locked by another GitPulse process (a sync, the app or gitpulse serve); try again once it is done.`);
      }
    }
  }
}
