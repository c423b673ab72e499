import type Database from 'better-sqlite3';

/** The relay this app pulls webhooks from, and how far it has read. The client token is in the keychain. */
export interface RelayStateRow {
  url: string;
  cursor: number;
  lastEventAt: string | null;
  lastPulledAt: string | null;
  lastError: string | null;
  appliedCount: number;
  ignoredCount: number;
}

interface RelayStateDbRow {
  url: string;
  cursor: number;
  last_event_at: string | null;
  last_pulled_at: string | null;
  last_error: string | null;
  applied_count: number;
  ignored_count: number;
}

export interface RelayPage {
  cursor: number;
  lastEventAt: string | null;
  applied: number;
  ignored: number;
  pulledAt: string;
}

export function createRelayRepo(db: Database.Database) {
  const read = db.prepare<[], RelayStateDbRow>('SELECT * FROM relay_state WHERE id = 1');
  // Another relay address starts from its own beginning: cursors of two relays mean nothing to each other.
  const save = db.prepare(`INSERT INTO relay_state (id, url) VALUES (1, ?)
    ON CONFLICT (id) DO UPDATE SET url = excluded.url,
      cursor = CASE WHEN relay_state.url = excluded.url THEN relay_state.cursor ELSE 0 END,
      last_error = NULL`);
  const remove = db.prepare('DELETE FROM relay_state WHERE id = 1');
  const commitPage = db.prepare(`UPDATE relay_state SET cursor = MAX(cursor, @cursor), last_event_at = COALESCE(@lastEventAt, last_event_at),
      last_pulled_at = @pulledAt, last_error = NULL, applied_count = applied_count + @applied, ignored_count = ignored_count + @ignored
    WHERE id = 1`);
  const setError = db.prepare('UPDATE relay_state SET last_error = ? WHERE id = 1 AND last_error IS NOT ?');

  return {
    readRelayState(): RelayStateRow | null {
      const row = read.get();
      if (!row) return null;
      return {
        url: row.url,
        cursor: row.cursor,
        lastEventAt: row.last_event_at,
        lastPulledAt: row.last_pulled_at,
        lastError: row.last_error,
        appliedCount: row.applied_count,
        ignoredCount: row.ignored_count,
      };
    },
    saveRelayUrl(url: string): void {
      save.run(url);
    },
    deleteRelay(): boolean {
      return remove.run().changes > 0;
    },
    /** Call inside the transaction that applied the page's events, so the cursor never runs ahead of them. */
    commitRelayPage(page: RelayPage): void {
      commitPage.run(page);
    },
    /** Written only when the reason changes, so a relay that stays down does not announce a change every poll. */
    recordRelayError(message: string | null): void {
      setError.run(message, message);
    },
  };
}

export type RelayRepo = ReturnType<typeof createRelayRepo>;
