// The relay's one writer of events, on its own thread: the fsync of a commit (5–7 ms on a busy disk,
// more with a checkpoint) then blocks only this thread, and the main thread goes on reading and
// parsing the next deliveries meanwhile. Node runs this file itself (as built JS in dist/, or as
// TypeScript with its type stripping when the relay runs from source in the tests), so it imports
// nothing of the relay but types.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { InsertResult, NewEvent } from './events-repo';

/** A batch to commit in one transaction, or the request to close the database and end. */
export type CommitRequest = { id: number; events: NewEvent[] } | { id: number; close: true };
export type CommitReply = { id: number; results: InsertResult[] } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('commit-worker.ts runs as a worker thread of the relay.');
const { databasePath } = workerData as { databasePath: string };

// The main thread created the file and applied the migrations. WAL is a property of the file;
// synchronous is one of the connection, and FULL is what makes a 2xx survive a power loss.
const db = new Database(databasePath);
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const claimKey = db.prepare('INSERT OR IGNORE INTO delivery_keys (key, received_at) VALUES (?, ?)');
const insert = db.prepare('INSERT INTO events (received_at, kind, idempotency_key, headers, payload) VALUES (?, ?, ?, ?, ?)');

/** One transaction (one fsync) for the lot; a key already claimed makes its delivery a duplicate. */
const insertBatch = db.transaction((events: readonly NewEvent[]): InsertResult[] =>
  events.map((event) => {
    if (claimKey.run(event.idempotencyKey, event.receivedAt).changes === 0) return { cursor: null, isDuplicate: true };
    const { lastInsertRowid } = insert.run(event.receivedAt, event.kind, event.idempotencyKey, event.headers, event.payload);
    return { cursor: Number(lastInsertRowid), isDuplicate: false };
  }),
);

port.on('message', (request: CommitRequest) => {
  if ('close' in request) {
    db.close();
    port.postMessage({ id: request.id, results: [] } satisfies CommitReply);
    port.close();
    return;
  }
  try {
    port.postMessage({ id: request.id, results: insertBatch(request.events) } satisfies CommitReply);
  } catch (error) {
    port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies CommitReply);
  }
});
