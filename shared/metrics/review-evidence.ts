import type { ReviewEvidence } from '../domain/student-metrics';
import { isInWindow, type ContributionFacts } from './contribution-facts';

const hourMs = 3_600_000;

/** GitLab records an approval as a system note with this body (no extra request needed). */
export function isApprovalNote(note: { isSystem: boolean; body: string }): boolean {
  return note.isSystem && note.body.trim().toLowerCase() === 'approved this merge request';
}

/**
 * Of the merge requests merged in the window (exclusions left out): those merged by their own author
 * with no non-system note and no approval from anyone else, and those merged at most an hour after
 * they were opened.
 */
export function computeReviewEvidence(facts: Pick<ContributionFacts, 'window' | 'mergeRequests' | 'notes' | 'exclusions'>): ReviewEvidence {
  const reviewedBy = new Map<number, Set<number>>();
  for (const note of facts.notes) {
    if (note.noteableType !== 'MergeRequest' || note.authorId === null) continue;
    if (note.isSystem && !isApprovalNote(note)) continue;
    let people = reviewedBy.get(note.noteableIid);
    if (!people) reviewedBy.set(note.noteableIid, (people = new Set()));
    people.add(note.authorId);
  }
  const selfMerged: number[] = [];
  const quick: number[] = [];
  for (const mr of facts.mergeRequests) {
    if (facts.exclusions.mergeRequestIids.has(mr.iid) || !isInWindow(facts.window, mr.mergedAt)) continue;
    const others = [...(reviewedBy.get(mr.iid) ?? [])].filter((id) => id !== mr.authorId);
    if (mr.authorId !== null && mr.mergedById === mr.authorId && others.length === 0) selfMerged.push(mr.iid);
    if (Date.parse(mr.mergedAt) - Date.parse(mr.createdAt) <= hourMs) quick.push(mr.iid);
  }
  const ascending = (a: number, b: number): number => a - b;
  return {
    selfMergedWithoutReview: selfMerged.length,
    mergedWithinHour: quick.length,
    selfMergedWithoutReviewIids: selfMerged.sort(ascending),
    mergedWithinHourIids: quick.sort(ascending),
  };
}
