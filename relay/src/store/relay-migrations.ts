/**
 * The relay's schema, forward-only; PRAGMA user_version records how many have run. Cursors use
 * AUTOINCREMENT on purpose: acknowledged events are deleted, and plain rowids would hand a deleted
 * highest cursor out again, so a client that had fetched it would never see the new event.
 */
export const relayMigrations: readonly string[] = [
  `CREATE TABLE events (
     cursor INTEGER PRIMARY KEY AUTOINCREMENT,
     received_at INTEGER NOT NULL,
     kind TEXT NOT NULL,
     idempotency_key TEXT NOT NULL,
     headers TEXT NOT NULL,
     payload TEXT NOT NULL
   );
   CREATE INDEX events_by_received_at ON events (received_at);
   -- Keys outlive their events (until the retention) so a resend after delivery is still a duplicate.
   CREATE TABLE delivery_keys (
     key TEXT PRIMARY KEY,
     received_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX delivery_keys_by_received_at ON delivery_keys (received_at);
   CREATE TABLE clients (
     id TEXT PRIMARY KEY,
     acked_cursor INTEGER NOT NULL DEFAULT 0
   ) WITHOUT ROWID;`,
];
