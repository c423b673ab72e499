import type Database from 'better-sqlite3';
import type { Connection, ConnectionStatus } from '../../../shared/domain/connection';

/** Matches the column default in 0002_full_sync.sql: well below GitLab.com's 2,000 per minute. */
export const defaultRequestsPerMinute = 600;

/** A connection as stored. Where its token comes from is the keychain's business, not the table's. */
export type StoredConnection = Omit<Connection, 'tokenSource'>;

export interface ConnectionSettings {
  requestsPerMinute?: number;
  caFile?: string | null;
}

/** What one check of the token found; user, scopes and expiry describe the token that was tried. */
export interface ConnectionCheck {
  status: ConnectionStatus;
  message: string | null;
  checkedAt: string;
  username: string | null;
  scopes: string[];
  tokenExpiresAt: string | null;
}

interface ConnectionRow {
  gitlab_url: string;
  requests_per_minute: number;
  ca_file: string | null;
  status: ConnectionStatus;
  status_message: string | null;
  checked_at: string | null;
  username: string | null;
  scopes: string;
  token_expires_at: string | null;
}

function toConnection(row: ConnectionRow): StoredConnection {
  return {
    gitlabUrl: row.gitlab_url,
    requestsPerMinute: row.requests_per_minute,
    caFile: row.ca_file,
    status: row.status,
    statusMessage: row.status_message,
    checkedAt: row.checked_at,
    username: row.username,
    scopes: JSON.parse(row.scopes) as string[],
    tokenExpiresAt: row.token_expires_at,
  };
}

/**
 * GitLab instances and what the last check of their token found. By design there is no column for
 * the token itself: it lives only in the OS keychain (see secrets/).
 */
export function createConnectionsRepo(db: Database.Database) {
  const list = db.prepare<[], ConnectionRow>('SELECT * FROM connections ORDER BY gitlab_url');
  const byUrl = db.prepare<[string], ConnectionRow>('SELECT * FROM connections WHERE gitlab_url = ?');
  const upsertSettings = db.prepare(`INSERT INTO connections (gitlab_url, requests_per_minute, ca_file)
    VALUES (@gitlabUrl, COALESCE(@requestsPerMinute, ${defaultRequestsPerMinute}), @caFile)
    ON CONFLICT (gitlab_url) DO UPDATE SET
      requests_per_minute = COALESCE(@requestsPerMinute, connections.requests_per_minute),
      ca_file = CASE WHEN @setCaFile THEN @caFile ELSE connections.ca_file END`);
  const upsertCheck = db.prepare(`INSERT INTO connections (gitlab_url, status, status_message, checked_at, username, scopes, token_expires_at)
    VALUES (@gitlabUrl, @status, @message, @checkedAt, @username, @scopes, @tokenExpiresAt)
    ON CONFLICT (gitlab_url) DO UPDATE SET status = excluded.status, status_message = excluded.status_message,
      checked_at = excluded.checked_at, username = excluded.username, scopes = excluded.scopes,
      token_expires_at = excluded.token_expires_at`);
  // A failure seen during a sync says nothing new about the token's user or scopes; keep them.
  const upsertStatus = db.prepare(`INSERT INTO connections (gitlab_url, status, status_message, checked_at)
    VALUES (@gitlabUrl, @status, @message, @checkedAt)
    ON CONFLICT (gitlab_url) DO UPDATE SET status = excluded.status, status_message = excluded.status_message,
      checked_at = excluded.checked_at`);
  const remove = db.prepare('DELETE FROM connections WHERE gitlab_url = ?');

  return {
    listConnections(): StoredConnection[] {
      return list.all().map(toConnection);
    },
    findConnection(gitlabUrl: string): StoredConnection | null {
      const row = byUrl.get(gitlabUrl);
      return row ? toConnection(row) : null;
    },
    /** Creates the connection if needed; settings left undefined keep their stored value. */
    saveConnectionSettings(gitlabUrl: string, settings: ConnectionSettings): StoredConnection {
      upsertSettings.run({
        gitlabUrl,
        requestsPerMinute: settings.requestsPerMinute ?? null,
        setCaFile: settings.caFile !== undefined ? 1 : 0,
        caFile: settings.caFile ?? null,
      });
      const saved = this.findConnection(gitlabUrl);
      if (!saved) throw new Error(`Connection ${gitlabUrl} vanished while saving`);
      return saved;
    },
    recordConnectionCheck(gitlabUrl: string, check: ConnectionCheck): void {
      upsertCheck.run({ gitlabUrl, ...check, scopes: JSON.stringify(check.scopes) });
    },
    recordConnectionStatus(gitlabUrl: string, status: ConnectionStatus, message: string | null, checkedAt: string): void {
      upsertStatus.run({ gitlabUrl, status, message, checkedAt });
    },
    /** Returns whether there was a connection to delete. */
    deleteConnection(gitlabUrl: string): boolean {
      return remove.run(gitlabUrl).changes > 0;
    },
  };
}

export type ConnectionsRepo = ReturnType<typeof createConnectionsRepo>;
