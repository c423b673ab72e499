import type Database from 'better-sqlite3';

export interface ClientsRepo {
  /** Makes exactly these clients the registered ones; a client keeps its acknowledgement across restarts. */
  registerClients(ids: readonly string[]): void;
  /** Records that the client has everything up to `cursor` (never moves backwards). */
  acknowledge(id: string, cursor: number): void;
  readAcknowledged(id: string): number;
  /** The cursor every registered client has acknowledged. */
  readAckedByAll(): number;
}

export function createClientsRepo(db: Database.Database): ClientsRepo {
  const insert = db.prepare('INSERT OR IGNORE INTO clients (id) VALUES (?)');
  const update = db.prepare('UPDATE clients SET acked_cursor = ? WHERE id = ? AND acked_cursor < ?');
  const select = db.prepare('SELECT acked_cursor FROM clients WHERE id = ?').pluck();
  const selectMin = db.prepare('SELECT min(acked_cursor) FROM clients').pluck();

  const register = db.transaction((ids: readonly string[]) => {
    // A token taken out of the configuration no longer holds events back.
    db.prepare(`DELETE FROM clients WHERE id NOT IN (${ids.map(() => '?').join(', ')})`).run(...ids);
    for (const id of ids) insert.run(id);
  });

  return {
    registerClients: (ids) => register(ids),
    acknowledge: (id, cursor) => void update.run(cursor, id, cursor),
    readAcknowledged: (id) => Number(select.get(id) ?? 0),
    readAckedByAll: () => Number(selectMin.get() ?? 0),
  };
}
