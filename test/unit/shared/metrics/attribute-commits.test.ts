import { describe, expect, it } from 'vitest';
import { attributeCommits } from '../../../../shared/metrics/attribute-commits';
import type { CommitFact, MemberFact } from '../../../../shared/metrics/contribution-facts';

function member(userId: number, username: string, name: string, patch: Partial<MemberFact> = {}): MemberFact {
  return { userId, username, name, role: 'student', isCurrent: true, publicEmail: null, aliasEmails: [], aliasNames: [], ...patch };
}

function commit(sha: string, committedDate: string, authorName: string, patch: Partial<CommitFact> = {}): CommitFact {
  return { sha, committedDate, authorName, authorEmail: null, additions: 1, deletions: 0, isMerge: false, isReachable: true, ...patch };
}

const window = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
const members = [
  member(1, 'ana', 'Ana Novak'),
  member(2, 'teacher', 'Tea Cher', { role: 'staff' }),
  member(3, 'bo', 'Bo Li', { aliasEmails: ['bo@laptop.local'] }),
];

describe('attributeCommits', () => {
  it('names the member each commit counts for, newest first, and null for an unknown author', () => {
    const listed = attributeCommits({
      window,
      members,
      exclusions: { commitShas: new Set(), mergeRequestIids: new Set() },
      commits: [
        commit('a1', '2026-03-02T10:00:00.000Z', 'Ana Novak'),
        commit('b1', '2026-03-05T10:00:00.000Z', 'bo', { authorEmail: 'BO@laptop.local' }),
        commit('x1', '2026-03-04T10:00:00.000Z', 'root'),
        commit('t1', '2026-03-03T10:00:00.000Z', 'Tea Cher'),
      ],
    });
    expect(listed.map((a) => [a.commit.sha, a.username, a.isStaff])).toEqual([
      ['b1', 'bo', false],
      ['x1', null, false],
      ['t1', 'teacher', true],
      ['a1', 'ana', false],
    ]);
  });

  it('keeps excluded commits, marked, and leaves out merges, unreachable commits, repeats and the outside of the window', () => {
    const listed = attributeCommits({
      window,
      members,
      exclusions: { commitShas: new Set(['a2']), mergeRequestIids: new Set() },
      commits: [
        commit('a1', '2026-03-02T10:00:00.000Z', 'Ana Novak'),
        commit('a1', '2026-03-02T10:00:00.000Z', 'Ana Novak'),
        commit('a2', '2026-03-03T10:00:00.000Z', 'Ana Novak'),
        commit('m1', '2026-03-04T10:00:00.000Z', 'Ana Novak', { isMerge: true }),
        commit('u1', '2026-03-04T10:00:00.000Z', 'Ana Novak', { isReachable: false }),
        commit('o1', '2026-04-01T00:00:00.000Z', 'Ana Novak'),
      ],
    });
    expect(listed.map((a) => [a.commit.sha, a.isExcluded])).toEqual([
      ['a2', true],
      ['a1', false],
    ]);
  });
});
