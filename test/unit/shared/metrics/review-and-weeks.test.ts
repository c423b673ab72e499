import { describe, expect, it } from 'vitest';
import { computeReviewEvidence } from '../../../../shared/metrics/review-evidence';
import { computeWeeklySeries, listWeekStarts } from '../../../../shared/metrics/weekly-series';
import { at, facts, window } from './contribution-fixtures';

describe('computeReviewEvidence', () => {
  const mr = (iid: number, createdAt: string, mergedAt: string | null, mergedById: number | null) => ({
    iid,
    authorId: 1,
    createdAt,
    mergedAt,
    mergedById,
    reviewerIds: [],
  });
  const note = (noteableIid: number, authorId: number, body: string, isSystem = false) => ({
    noteableType: 'MergeRequest' as const,
    noteableIid,
    authorId,
    body,
    isSystem,
    createdAt: at(5),
  });

  it('counts a self-merge whose only notes are the author’s own or other system notes', () => {
    const evidence = computeReviewEvidence(
      facts({
        mergeRequests: [mr(1, at(3), at(6), 1)],
        notes: [note(1, 1, 'done'), note(1, 2, 'mentioned in commit abc', true)],
      }),
    );
    expect(evidence.selfMergedWithoutReviewIids).toEqual([1]);
  });

  it('does not count a self-merge another member commented on or approved, nor one merged by someone else', () => {
    const evidence = computeReviewEvidence(
      facts({
        mergeRequests: [mr(1, at(3), at(6), 1), mr(2, at(3), at(6), 1), mr(3, at(3), at(6), 2)],
        notes: [note(1, 2, 'nit: rename'), note(2, 3, 'approved this merge request', true)],
      }),
    );
    expect(evidence.selfMergedWithoutReview).toBe(0);
  });

  it('counts a merge exactly one hour after opening as within the hour, and not one a second later', () => {
    const evidence = computeReviewEvidence(
      facts({
        mergeRequests: [mr(1, '2026-03-05T10:00:00.000Z', '2026-03-05T11:00:00.000Z', 2), mr(2, '2026-03-05T10:00:00.000Z', '2026-03-05T11:00:01.000Z', 2)],
      }),
    );
    expect(evidence.mergedWithinHourIids).toEqual([1]);
  });

  it('looks only at merge requests merged in the window', () => {
    const evidence = computeReviewEvidence(facts({ mergeRequests: [mr(1, at(1), '2026-03-01T23:59:59.999Z', 1), mr(2, at(10), null, null)] }));
    expect(evidence).toMatchObject({ selfMergedWithoutReview: 0, mergedWithinHour: 0 });
  });
});

describe('the weekly series', () => {
  it('runs Monday to Monday in UTC from the window’s start to the week holding its end', () => {
    expect(listWeekStarts({ from: '2026-03-04T00:00:00.000Z', to: '2026-03-16T00:00:00.000Z' }, null)).toEqual(['2026-03-02', '2026-03-09']);
    expect(listWeekStarts({ from: '2026-03-04T00:00:00.000Z', to: '2026-03-16T00:00:00.001Z' }, null)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  });

  it('starts at the first commit’s week when the window has no start, and is empty with neither', () => {
    expect(listWeekStarts({ from: null, to: window.to }, '2026-03-08T23:59:59.000Z')).toEqual(['2026-03-02', '2026-03-09']);
    expect(listWeekStarts({ from: null, to: window.to }, null)).toEqual([]);
  });

  it('puts Sunday night in its week and Monday midnight in the next', () => {
    const series = computeWeeklySeries(
      ['2026-03-02', '2026-03-09'],
      [
        { committedDate: '2026-03-08T23:59:59.999Z', additions: 2, deletions: 1 },
        { committedDate: '2026-03-09T00:00:00.000Z', additions: 5, deletions: 0 },
      ],
    );
    expect(series).toEqual([
      { weekStart: '2026-03-02', commits: 1, changedLines: 3 },
      { weekStart: '2026-03-09', commits: 1, changedLines: 5 },
    ]);
  });
});
