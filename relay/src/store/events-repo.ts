import type Database from 'better-sqlite3';

/** A delivery ready to store; `headers` and `payload` are JSON text. */
export interface NewEvent {
  receivedAt: number;
  kind: string;
  idempotencyKey: string;
  headers: string;
  payload: string;
}

export interface StoredEventRow {
  cursor: number;
  received_at: number;
  kind: string;
  idempotency_key: string;
  headers: string;
  payload: string;
}

/** `cursor` is null for a duplicate, which was not stored again. */
export interface InsertResult {
  cursor: number | null;
  isDuplicate: boolean;
}

/** Reads and pruning; events are inserted by the writer thread (commit-worker.ts). */
export interface EventsRepo {
  /** Events after the cursor, in cursor order, read lazily so a caller can stop early. */
  iterateEventsAfter(after: number, limit: number): IterableIterator<StoredEventRow>;
  /** The highest cursor ever handed out (0 before the first event), deleted events included. */
  readLastCursor(): number;
  /** Deletes events acknowledged by every client or received before `olderThan`, and expired keys. */
  deleteEvents(ackedByAll: number, olderThan: number): { events: number; keys: number };
}

export function createEventsRepo(db: Database.Database): EventsRepo {
  const selectAfter = db.prepare('SELECT cursor, received_at, kind, idempotency_key, headers, payload FROM events WHERE cursor > ? ORDER BY cursor LIMIT ?');
  const selectLast = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").pluck();
  const deleteAcked = db.prepare('DELETE FROM events WHERE cursor <= ? OR received_at < ?');
  const deleteKeys = db.prepare('DELETE FROM delivery_keys WHERE received_at < ?');

  const prune = db.transaction((ackedByAll: number, olderThan: number) => ({
    events: deleteAcked.run(ackedByAll, olderThan).changes,
    keys: deleteKeys.run(olderThan).changes,
  }));

  return {
    iterateEventsAfter: (after, limit) => selectAfter.iterate(after, limit) as IterableIterator<StoredEventRow>,
    readLastCursor: () => Number(selectLast.get() ?? 0),
    deleteEvents: (ackedByAll, olderThan) => prune(ackedByAll, olderThan),
  };
}
