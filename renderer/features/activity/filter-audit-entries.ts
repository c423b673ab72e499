import type { AuditEntry } from '../../../shared/domain/audit';

/**
 * The calls whose method, path or status contain every word typed (case-insensitive), e.g.
 * "pipelines 429" or "team-03 jobs"; an empty filter keeps them all.
 */
export function filterAuditEntries(entries: readonly AuditEntry[], query: string): readonly AuditEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const text = `${entry.method} ${decodeURIComponentSafely(entry.path)} ${entry.status ?? 'failed'}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** Paths name projects by their encoded path (teaching%2Fse%2Fteam-03); people type the plain one. */
function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
