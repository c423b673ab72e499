import type { StudentMetrics, TeamFlag, TeamFlagKind, UnmatchedAuthor } from '../domain/student-metrics';

const redLimitS = 7 * 86_400;

/** What raises each flag, for tooltips (docs/metrics.md, Flags). */
export const flagDefinitions: Record<TeamFlagKind, string> = {
  lowShare: "A student's commit share or line share is below half an equal share (0.5 / the number of students).",
  noActivity: 'A student has no counted commit, merge request, review, comment, issue or build broken or fixed in the window.',
  defaultBranchRed: 'The default branch has been red for more than 7 days at the end of the window.',
  ambiguousAuthor: 'A commit author matched several members equally well and counts for nobody until an alias decides.',
};

function hasActivity(s: StudentMetrics): boolean {
  return (
    s.commits +
      s.mergeRequestsOpened +
      s.mergeRequestsMerged +
      s.mergeRequestsReviewed +
      s.comments +
      s.issuesOpened +
      s.issuesClosed +
      s.buildsFixed +
      s.buildsBroken >
    0
  );
}

function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * What an instructor should look at: a student whose commit or line share is below half an equal
 * share (0.5 / students), a student with no activity at all, a default branch red for more than
 * 7 days at the window's end, and an author left unmatched because several students match them.
 */
export function computeTeamFlags(students: readonly StudentMetrics[], openFailureSinceS: number | null, unmatched: readonly UnmatchedAuthor[]): TeamFlag[] {
  const flags: TeamFlag[] = [];
  const floor = students.length === 0 ? 0 : 0.5 / students.length;
  for (const s of students) {
    if (!hasActivity(s)) {
      flags.push({ kind: 'noActivity', username: s.username, detail: `${s.name} has no commits, merge requests, reviews, comments or issues in the window.` });
    }
    const low: string[] = [];
    if (s.commitShare !== null && s.commitShare < floor) low.push(`commit share ${formatShare(s.commitShare)}`);
    if (s.lineShare !== null && s.lineShare < floor) low.push(`line share ${formatShare(s.lineShare)}`);
    if (low.length > 0)
      flags.push({ kind: 'lowShare', username: s.username, detail: `${s.name}: ${low.join(', ')}, below half an equal share (${formatShare(floor)}).` });
  }
  if (openFailureSinceS !== null && openFailureSinceS > redLimitS) {
    flags.push({ kind: 'defaultBranchRed', detail: `The default branch has been red for ${(openFailureSinceS / 86_400).toFixed(1)} days.` });
  }
  for (const author of unmatched) {
    if (author.candidates.length === 0) continue;
    flags.push({
      kind: 'ambiguousAuthor',
      detail: `${author.commits} commit(s) by ${author.name} <${author.email}> match ${author.candidates.join(' and ')} equally; add an alias to decide.`,
    });
  }
  return flags;
}
