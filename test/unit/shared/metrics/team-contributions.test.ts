import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StudentMetrics } from '../../../../shared/domain/student-metrics';
import type { ContributionFacts, NoteFact } from '../../../../shared/metrics/contribution-facts';
import type { PipelineFact } from '../../../../shared/metrics/team-facts';
import { computeTeamContributions } from '../../../../shared/metrics/team-contributions';
import { at, commit, facts, member, window } from './contribution-fixtures';

const ana = member(1, 'aalves', 'Ana Alves', { publicEmail: 'ana@uni.example' });
const ben = member(2, 'bcerny', 'Ben Černý');
const cyril = member(3, 'cdvorak', 'Cyril Dvořák', { isCurrent: false });
const dana = member(4, 'dnova', 'Dana Nová');
const teacher = member(9, 'tteacher', 'Tom Teacher', { role: 'staff' });

const c1 = commit('Ana A.', 'ana@uni.example', 3, 10, 2);
const c2 = commit('BEN CERNY', 'ben@laptop.local', 4, 1, 1);
const merge = commit('Ana A.', 'ana@uni.example', 5, 100, 0, { isMerge: true });
const beforeWindow = commit('Ana A.', 'ana@uni.example', 1, 7, 0);
const c5 = commit('cyril dvorak', 'c@home.example', 10, 20, 0);
const stranger = commit('bot', 'ci@runner.example', 6, 1, 1);
const unreachable = commit('Ana A.', 'ana@uni.example', 9, 3, 3, { isReachable: false });
const byStaff = commit('Tom Teacher', 'tom@uni.example', 7, 50, 0);
const c9 = commit('Ana A.', 'ana@uni.example', 8, 4, 0);

function note(noteableType: NoteFact['noteableType'], noteableIid: number, authorId: number, body: string, createdAt: string, isSystem = false): NoteFact {
  return { noteableType, noteableIid, authorId, body, isSystem, createdAt };
}

function pipeline(id: number, status: string, day: number): PipelineFact {
  return { id, status, ref: 'main', createdAt: at(day), finishedAt: at(day, 13), durationS: 60, coverage: null };
}

const base: ContributionFacts = facts({
  members: [ana, ben, cyril, dana, teacher],
  commits: [c1, c2, merge, beforeWindow, c5, stranger, unreachable, byStaff, c9, { ...c1 }],
  mergeRequests: [
    { iid: 1, authorId: 1, createdAt: at(3, 10), mergedAt: '2026-03-03T10:30:00.000Z', mergedById: 1, reviewerIds: [] },
    { iid: 2, authorId: 2, createdAt: at(4, 12), mergedAt: at(6, 12), mergedById: 1, reviewerIds: [1] },
    { iid: 3, authorId: 1, createdAt: at(1, 12), mergedAt: at(5, 15), mergedById: 1, reviewerIds: [] },
    { iid: 4, authorId: 2, createdAt: at(8, 12), mergedAt: null, mergedById: null, reviewerIds: [] },
    { iid: 5, authorId: 3, createdAt: at(9, 12), mergedAt: null, mergedById: null, reviewerIds: [] },
  ],
  issues: [
    { iid: 1, authorId: 1, createdAt: at(2, 12), closedAt: at(12, 12), closedById: 2 },
    { iid: 2, authorId: 2, createdAt: at(16, 12), closedAt: null, closedById: null },
  ],
  notes: [
    note('MergeRequest', 2, 1, 'Looks good to  me', at(5, 9)),
    note('MergeRequest', 3, 2, 'approved this merge request', at(4, 9), true),
    note('MergeRequest', 4, 1, 'excluded words here', at(8, 13)),
    note('MergeRequest', 5, 2, 'Why?', at(9, 8)),
    note('MergeRequest', 5, 3, 'fixed', at(10, 14)),
    note('Issue', 1, 3, 'On it', at(11, 9)),
  ],
  failureEpisodes: [
    { firstFailed: pipeline(100, 'failed', 4), recovery: pipeline(101, 'success', 5) },
    { firstFailed: pipeline(102, 'failed', 8), recovery: null },
  ],
  pipelineCommits: new Map([
    [100, c2],
    [101, c1],
    [102, c9],
  ]),
  openFailureSinceS: 8 * 86_400,
  exclusions: { commitShas: new Set([c9.sha]), mergeRequestIids: new Set([4]) },
});

function figures(result: ReturnType<typeof computeTeamContributions>, username: string): StudentMetrics {
  const found = result.members.find((m) => m.username === username);
  if (!found) throw new Error(`no ${username}`);
  return found;
}

describe('computeTeamContributions on a hand-worked team', () => {
  const result = computeTeamContributions(base);

  it('lists the students only, current first, the former member last', () => {
    expect(result.members.map((m) => [m.username, m.isFormer])).toEqual([
      ['aalves', false],
      ['bcerny', false],
      ['dnova', false],
      ['cdvorak', true],
    ]);
  });

  it('counts each student’s figures as defined', () => {
    expect(figures(result, 'aalves')).toMatchObject({
      commits: 1,
      additions: 10,
      deletions: 2,
      mergeRequestsOpened: 1,
      mergeRequestsMerged: 2,
      mergeRequestsReviewed: 1,
      comments: 1,
      commentWordsOnOthers: 4,
      issuesOpened: 1,
      issuesClosed: 0,
      buildsBroken: 0,
      buildsFixed: 1,
      lastActivityAt: at(5, 15),
    });
    expect(figures(result, 'bcerny')).toMatchObject({
      commits: 1,
      additions: 1,
      deletions: 1,
      mergeRequestsOpened: 1,
      mergeRequestsMerged: 1,
      mergeRequestsReviewed: 1,
      comments: 1,
      commentWordsOnOthers: 1,
      issuesOpened: 0,
      issuesClosed: 1,
      buildsBroken: 1,
      buildsFixed: 0,
      lastActivityAt: at(12, 12),
    });
    expect(figures(result, 'cdvorak')).toMatchObject({
      commits: 1,
      additions: 20,
      deletions: 0,
      mergeRequestsOpened: 1,
      mergeRequestsMerged: 0,
      mergeRequestsReviewed: 0,
      comments: 2,
      commentWordsOnOthers: 0,
      issuesOpened: 0,
      issuesClosed: 0,
      buildsBroken: 0,
      buildsFixed: 0,
      lastActivityAt: at(11, 9),
    });
    expect(figures(result, 'dnova')).toMatchObject({ commits: 0, additions: 0, deletions: 0, comments: 0, lastActivityAt: null });
  });

  it('gives each student their part of the students’ matched commits and lines', () => {
    expect(result.members.map((m) => [m.username, m.commitShare])).toEqual([
      ['aalves', 1 / 3],
      ['bcerny', 1 / 3],
      ['dnova', 0],
      ['cdvorak', 1 / 3],
    ]);
    expect(result.members.map((m) => [m.username, m.lineShare])).toEqual([
      ['aalves', 12 / 34],
      ['bcerny', 2 / 34],
      ['dnova', 0],
      ['cdvorak', 20 / 34],
    ]);
  });

  it('never counts a merge commit as anyone’s lines, nor lists its author as unmatched', () => {
    expect(figures(result, 'aalves').additions).toBe(10);
    expect(result.unmatchedAuthors.every((a) => a.email !== merge.authorEmail)).toBe(true);
  });

  it('keeps a student who left with their contributions, in the team’s totals', () => {
    const cyrilFigures = figures(result, 'cdvorak');
    expect(cyrilFigures.isFormer).toBe(true);
    expect(cyrilFigures.lineShare).toBe(20 / 34);
  });

  it('lists authors nobody matched with their commit counts, and not a staff member', () => {
    expect(result.unmatchedAuthors).toEqual([{ name: 'bot', email: 'ci@runner.example', commits: 1, candidates: [] }]);
  });

  it('finds the self-merged and the quickly merged merge requests', () => {
    expect(result.review).toEqual({ selfMergedWithoutReview: 1, mergedWithinHour: 1, selfMergedWithoutReviewIids: [1], mergedWithinHourIids: [1] });
  });

  it('flags a low line share, a student with no activity and a branch red for more than a week', () => {
    expect(result.flags.map((f) => [f.kind, f.username])).toEqual([
      ['lowShare', 'bcerny'],
      ['noActivity', 'dnova'],
      ['lowShare', 'dnova'],
      ['defaultBranchRed', undefined],
    ]);
  });

  it('does not flag a branch red for exactly seven days', () => {
    const flags = computeTeamContributions({ ...base, openFailureSinceS: 7 * 86_400 }).flags;
    expect(flags.some((f) => f.kind === 'defaultBranchRed')).toBe(false);
  });

  it('series each student’s commits and changed lines by week', () => {
    expect(figures(result, 'aalves').weekly).toEqual([
      { weekStart: '2026-03-02', commits: 1, changedLines: 12 },
      { weekStart: '2026-03-09', commits: 0, changedLines: 0 },
    ]);
    expect(figures(result, 'cdvorak').weekly).toEqual([
      { weekStart: '2026-03-02', commits: 0, changedLines: 0 },
      { weekStart: '2026-03-09', commits: 1, changedLines: 20 },
    ]);
  });
});

describe('exclusions', () => {
  it('make an excluded commit and merge request disappear from every figure', () => {
    const result = computeTeamContributions({ ...base, exclusions: { commitShas: new Set([c9.sha, c1.sha]), mergeRequestIids: new Set([4, 2]) } });
    expect(figures(result, 'aalves')).toMatchObject({
      commits: 0,
      additions: 0,
      deletions: 0,
      mergeRequestsReviewed: 0,
      comments: 0,
      commentWordsOnOthers: 0,
      buildsFixed: 0,
      commitShare: 0,
    });
    expect(figures(result, 'bcerny')).toMatchObject({ mergeRequestsOpened: 0, mergeRequestsMerged: 0, buildsBroken: 1, commitShare: 1 / 2, lineShare: 2 / 22 });
    expect(figures(result, 'aalves').weekly[0]).toEqual({ weekStart: '2026-03-02', commits: 0, changedLines: 0 });
  });

  it('leave an excluded commit out of the unmatched authors too', () => {
    const result = computeTeamContributions({ ...base, exclusions: { commitShas: new Set([stranger.sha]), mergeRequestIids: new Set() } });
    expect(result.unmatchedAuthors).toEqual([]);
  });
});

describe('identity in the team figures', () => {
  it('leaves commits two students match by name unmatched, listed with both and flagged', () => {
    const twins = [member(1, 'pkral', 'Petr Král'), member(2, 'pkral2', 'Petr Kral')];
    const result = computeTeamContributions(facts({ members: twins, commits: [commit('PETR KRAL', 'p@home.example', 3, 5, 0)] }));
    expect(result.members.map((m) => m.commits)).toEqual([0, 0]);
    expect(result.unmatchedAuthors).toEqual([{ name: 'PETR KRAL', email: 'p@home.example', commits: 1, candidates: ['pkral', 'pkral2'] }]);
    expect(result.flags.some((f) => f.kind === 'ambiguousAuthor')).toBe(true);
  });

  it('moves a commit to a student as soon as an alias names its email', () => {
    const laptop = commit('whoever', 'ben@laptop.local', 3, 4, 4);
    const without = computeTeamContributions(facts({ members: [ana, ben], commits: [c1, laptop] }));
    expect(figures(without, 'bcerny').commits).toBe(0);
    const withAlias = computeTeamContributions(facts({ members: [ana, { ...ben, aliasEmails: ['BEN@laptop.local'] }], commits: [c1, laptop] }));
    expect(figures(withAlias, 'bcerny')).toMatchObject({ commits: 1, additions: 4, commitShare: 1 / 2, lineShare: 8 / 20 });
    expect(withAlias.unmatchedAuthors).toEqual([]);
  });
});

describe('edge cases', () => {
  it('gives null shares and no activity to everyone when the window holds nothing', () => {
    const result = computeTeamContributions(facts({ members: [ana, ben] }));
    expect(result.members.map((m) => [m.commitShare, m.lineShare, m.lastActivityAt])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(result.flags.map((f) => f.kind)).toEqual(['noActivity', 'noActivity']);
    expect(result.review).toMatchObject({ selfMergedWithoutReview: 0, mergedWithinHour: 0 });
  });

  it('gives a team with one student the whole share and no low-share flag', () => {
    const result = computeTeamContributions(facts({ members: [ana], commits: [c1] }));
    expect(result.members[0]).toMatchObject({ commitShare: 1, lineShare: 1 });
    expect(result.flags).toEqual([]);
  });

  it('counts a commit at the window’s start and not one at its end', () => {
    const first = commit('Ana', 'ana@uni.example', 2, 1, 0, { committedDate: window.from });
    const last = commit('Ana', 'ana@uni.example', 16, 1, 0, { committedDate: window.to });
    expect(computeTeamContributions(facts({ members: [ana], commits: [first, last] })).members[0]?.commits).toBe(1);
  });
});

describe('shares', () => {
  it('sum to 1 whenever the team has matched commits', () => {
    const commitArb = fc.record({
      author: fc.integer({ min: 0, max: 6 }),
      additions: fc.integer({ min: 0, max: 500 }),
      deletions: fc.integer({ min: 0, max: 500 }),
      day: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(commitArb, { maxLength: 40 }), (studentCount, drawn) => {
        const students = Array.from({ length: studentCount }, (_, i) =>
          member(i + 1, `s${i + 1}`, `Student ${i + 1}`, { publicEmail: `s${i + 1}@uni.example` }),
        );
        const commits = drawn.map((d) => commit('x', `s${d.author}@uni.example`, d.day, d.additions, d.deletions));
        const result = computeTeamContributions(facts({ members: students, commits }));
        const sum = (pick: (m: StudentMetrics) => number | null) => result.members.reduce((total, m) => total + (pick(m) ?? 0), 0);
        const matched = result.members.reduce((n, m) => n + m.commits, 0);
        const lines = result.members.reduce((n, m) => n + m.additions + m.deletions, 0);
        if (matched > 0) expect(sum((m) => m.commitShare)).toBeCloseTo(1, 9);
        else expect(result.members.every((m) => m.commitShare === null)).toBe(true);
        if (lines > 0) expect(sum((m) => m.lineShare)).toBeCloseTo(1, 9);
      }),
    );
  });
});
