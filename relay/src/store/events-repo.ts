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

export interface EventsRepo {
  /** Inserts a batch in one transaction (one fsync for the lot); duplicates are skipped. */
  insertEvents(events: readonly NewEvent[]): InsertResult[];
  /** Events after the cursor, in cursor order, read lazily so a caller can stop early. */
  iterateEventsAfter(after: number, limit: number): IterableIterator<StoredEventRow>;
  /** The highest cursor ever handed out (0 before the first event), deleted events included. */
  readLastCursor(): number;
  /** Deletes events acknowledged by every client or received before `olderThan`, and expired keys. */
  deleteEvents(ackedByAll: number, olderThan: number): { events: number; keys: number };
}

export function createEventsRepo(db: Database.Database): EventsRepo {
  const claimKey = db.prepare('INSERT OR IGNORE INTO delivery_keys (key, received_at) VALUES (?, ?)');
  const insert = db.prepare('INSERT INTO events (received_at, kind, idempotency_key, headers, payload) VALUES (?, ?, ?, ?, ?)');
  const selectAfter = db.prepare('SELECT cursor, received_at, kind, idempotency_key, headers, payload FROM events WHERE cursor > ? ORDER BY cursor LIMIT ?');
  const selectLast = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").pluck();
  const deleteAcked = db.prepare('DELETE FROM events WHERE cursor <= ? OR received_at < ?');
  const deleteKeys = db.prepare('DELETE FROM delivery_keys WHERE received_at < ?');

  const insertBatch = db.transaction((events: readonly NewEvent[]): InsertResult[] =>
    events.map((event) => {
      if (claimKey.run(event.idempotencyKey, event.receivedAt).changes === 0) return { cursor: null, isDuplicate: true };
      const { lastInsertRowid } = insert.run(event.receivedAt, event.kind, event.idempotencyKey, event.headers, event.payload);
      return { cursor: Number(lastInsertRowid), isDuplicate: false };
    }),
  );
  const prune = db.transaction((ackedByAll: number, olderThan: number) => ({
    events: deleteAcked.run(ackedByAll, olderThan).changes,
    keys: deleteKeys.run(olderThan).changes,
  }));

  return {
    insertEvents: (events) => insertBatch(events),
    iterateEventsAfter: (after, limit) => selectAfter.iterate(after, limit) as IterableIterator<StoredEventRow>,
    readLastCursor: () => Number(selectLast.get() ?? 0),
    deleteEvents: (ackedByAll, olderThan) => prune(ackedByAll, olderThan),
  };
}
