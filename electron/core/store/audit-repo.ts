import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../shared/domain/audit';

interface AuditRow {
  id: number;
  at: string;
  gitlab_url: string;
  method: string;
  path: string;
  status: number | null;
  duration_ms: number;
  bytes: number;
  budget_left: number;
}

/** Entries kept; older ones are pruned after every sync. */
const auditRetention = { maxEntries: 50_000, maxAgeDays: 90 };

export function createAuditRepo(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO audit_log (at, gitlab_url, method, path, status, duration_ms, bytes, budget_left)
    VALUES (@at, @gitlabUrl, @method, @path, @status, @durationMs, @bytes, @budgetLeft)`);
  const list = db.prepare<[number, number], AuditRow>('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?');
  const pruneOld = db.prepare('DELETE FROM audit_log WHERE at < ?');
  const pruneMany = db.prepare('DELETE FROM audit_log WHERE id <= (SELECT MAX(id) FROM audit_log) - ?');
  const clear = db.prepare('DELETE FROM audit_log');
  return {
    /** Forgets every recorded call (their paths name the teams' projects). */
    clearAudit(): void {
      clear.run();
    },
    recordRequest(entry: Omit<AuditEntry, 'id'>): void {
      insert.run(entry);
    },
    listAudit(limit: number, beforeId: number = Number.MAX_SAFE_INTEGER): AuditEntry[] {
      return list.all(beforeId, limit).map((r) => ({
        id: r.id,
        at: r.at,
        gitlabUrl: r.gitlab_url,
        method: r.method,
        path: r.path,
        status: r.status,
        durationMs: r.duration_ms,
        bytes: r.bytes,
        budgetLeft: r.budget_left,
      }));
    },
    pruneAudit(now: Date = new Date()): void {
      pruneOld.run(new Date(now.getTime() - auditRetention.maxAgeDays * 86_400_000).toISOString());
      pruneMany.run(auditRetention.maxEntries);
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
