import { join } from 'node:path';
import Database from 'better-sqlite3';
import { relayDatabaseFileName } from '../../../relay/src/store/open-relay-store';

export interface CommitProbe {
  /** True when a delivery with this key is committed, as seen by another connection. */
  isCommitted(idempotencyKey: string): boolean;
  close(): void;
}

/** A second, read-only connection to a running relay's database (WAL lets it read beside the writer). */
export function probeCommittedKeys(dataDir: string): CommitProbe {
  const db = new Database(join(dataDir, relayDatabaseFileName), { readonly: true });
  const select = db.prepare('SELECT 1 FROM delivery_keys WHERE key = ?').pluck();
  return { isCommitted: (key) => select.get(key) !== undefined, close: () => db.close() };
}
