export interface ContributionTotals {
  commits: number;
  additions: number;
  deletions: number;
}

export interface ContributionShare {
  commitShare: number | null;
  lineShare: number | null;
}

/**
 * Each student's part of the team's matched totals: commits, and lines (additions + deletions). Null
 * when the team's students have none, so an idle team is not read as an even split.
 */
export function computeContributionShares(students: readonly ContributionTotals[]): ContributionShare[] {
  const totalCommits = students.reduce((sum, s) => sum + s.commits, 0);
  const totalLines = students.reduce((sum, s) => sum + s.additions + s.deletions, 0);
  return students.map((s) => ({
    commitShare: totalCommits === 0 ? null : s.commits / totalCommits,
    lineShare: totalLines === 0 ? null : (s.additions + s.deletions) / totalLines,
  }));
}
