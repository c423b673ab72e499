import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/domain/audit';
import { filterAuditEntries } from '../../renderer/features/activity/filter-audit-entries';

const entry = (id: number, path: string, status: number | null): AuditEntry =>
  ({
    id,
    at: '2026-03-02T10:00:00.000Z',
    method: 'GET',
    path,
    status,
    durationMs: 5,
    bytes: 10,
    budgetLeft: 99,
    gitlabUrl: 'https://gitlab.example.edu',
  }) satisfies Partial<AuditEntry> as AuditEntry;

const entries = [
  entry(1, '/api/v4/projects/teaching%2Fse%2Fteam-03/pipelines?page=2', 200),
  entry(2, '/api/v4/projects/teaching%2Fse%2Fteam-04/pipelines', 429),
  entry(3, '/api/v4/projects/12/jobs', null),
];

describe('the Activity filter', () => {
  it('keeps the calls that contain every word, in the plain project path people type', () => {
    expect(filterAuditEntries(entries, 'pipelines 429').map((e) => e.id)).toEqual([2]);
    expect(filterAuditEntries(entries, 'team-03').map((e) => e.id)).toEqual([1]);
    expect(filterAuditEntries(entries, 'FAILED').map((e) => e.id)).toEqual([3]);
    expect(filterAuditEntries(entries, '  ')).toBe(entries);
  });
});
