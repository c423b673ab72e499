import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCourseMetrics } from '../../../../electron/core/metrics/load-course-metrics';
import { createStore, type Store } from '../../../../electron/core/store/create-store';
import type { CommitRow } from '../../../../electron/core/store/rows/repository-rows';
import type { Course } from '../../../../shared/domain/course';
import { makeTempDir } from '../../../support/temp-dir';

const instance = 'https://gitlab.example.edu';
const window = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };

function commitRow(sha: string, authorName: string, authorEmail: string, committedAt: string, parents: string[] = []): CommitRow {
  return {
    sha,
    title: sha,
    message: null,
    authorName,
    authorEmail,
    authoredAt: committedAt,
    committedAt,
    parentShas: parents,
    additions: 3,
    deletions: 1,
    webUrl: null,
  };
}

describe('the contribution facts query, aliases and exclusions', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let course: Course;
  let projectId: number;
  const sha = (n: number) => n.toString(16).repeat(40).slice(0, 40);

  beforeEach(() => {
    temp = makeTempDir();
    store = createStore(temp.path);
    course = store.courses.insertCourse({ name: 'se', gitlabUrl: instance, source: { kind: 'group', groupPath: 'g' }, isDemo: false });
    projectId = store.projects.upsertProject(instance, {
      gitlabId: 7,
      name: 'p',
      pathWithNamespace: 'g/p',
      webUrl: `${instance}/g/p`,
      defaultBranch: 'main',
      isArchived: false,
      lastActivityAt: null,
    });
    store.projects.linkTeam(course.id, projectId);
    store.members.upsertUser(instance, { userId: 1, username: 'ana', name: 'Ana Ruiz', publicEmail: 'ana@uni.example', isBot: false });
    store.members.upsertUser(instance, { userId: 5, username: 'project_7_bot', name: 'p bot', publicEmail: null, isBot: true });
    const memberRow = (userId: number, username: string, name: string) => ({
      userId,
      username,
      name,
      accessLevel: 30,
      webUrl: null,
      role: 'student' as const,
      publicEmail: null,
    });
    store.members.replaceMembers(projectId, [memberRow(1, 'ana', 'Ana Ruiz'), memberRow(2, 'bo', 'Bo Lin'), memberRow(5, 'project_7_bot', 'p bot')]);
    // Bo leaves: the next roster no longer lists him.
    store.members.replaceMembers(projectId, [memberRow(1, 'ana', 'Ana Ruiz'), memberRow(5, 'project_7_bot', 'p bot')]);
    store.repository.upsertCommits(projectId, [
      commitRow(sha(1), 'Ana Ruiz', 'ana@uni.example', '2026-03-02T10:00:00.000Z'),
      commitRow(sha(2), 'Bo Lin', 'bo@home.example', '2026-03-03T10:00:00.000Z', [sha(1)]),
      commitRow(sha(3), 'Ana Ruiz', 'ana@uni.example', '2026-03-04T10:00:00.000Z', [sha(2), sha(1)]),
      commitRow(sha(4), 'Ana Ruiz', 'ana@uni.example', '2026-04-02T10:00:00.000Z', [sha(3)]),
      commitRow(sha(5), 'laptop', 'me@laptop.local', '2026-03-05T10:00:00.000Z', [sha(3)]),
      commitRow(sha(6), 'Ana Ruiz', 'ana@uni.example', '2026-03-06T10:00:00.000Z', [sha(3)]),
    ]);
    // sha(6) was force-pushed away: no branch reaches it any more.
    store.repository.markReachable(projectId, new Set([sha(1), sha(2), sha(3), sha(4), sha(5)]));
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  it('reads members without bots, former members marked, public emails from the users table', () => {
    const facts = store.queries.contributionFacts.readContributionFacts(course.id, window).get(projectId);
    expect(facts?.members.sort((a, b) => a.userId - b.userId)).toEqual([
      { userId: 1, username: 'ana', name: 'Ana Ruiz', role: 'student', isCurrent: true, publicEmail: 'ana@uni.example' },
      { userId: 2, username: 'bo', name: 'Bo Lin', role: 'student', isCurrent: false, publicEmail: null },
    ]);
  });

  it('reads reachable commits of the window, merges marked', () => {
    const commits = store.queries.contributionFacts.readContributionFacts(course.id, window).get(projectId)?.commits ?? [];
    expect(commits.map((c) => [c.sha, c.isMerge]).sort()).toEqual([
      [sha(1), false],
      [sha(2), false],
      [sha(3), true],
      [sha(5), false],
    ]);
  });

  it('applies an alias and an exclusion stored after the data, on the next read', () => {
    const figures = () => {
      const team = loadCourseMetrics(store, course, { from: window.from, to: window.to }, Date.parse('2026-06-01T00:00:00Z')).teams[0];
      return { ana: team?.members.find((m) => m.username === 'ana'), bo: team?.members.find((m) => m.username === 'bo'), unmatched: team?.unmatchedAuthors };
    };
    expect(figures()).toMatchObject({ ana: { commits: 1 }, bo: { commits: 1, isFormer: true }, unmatched: [{ name: 'laptop', commits: 1 }] });
    expect(store.identity.addAlias(course.id, 'ana', 'email', 'ME@laptop.local')).toBe(true);
    expect(store.identity.addAlias(course.id, 'ana', 'email', 'me@LAPTOP.local')).toBe(false);
    expect(figures()).toMatchObject({ ana: { commits: 2, commitShare: 2 / 3 }, unmatched: [] });
    expect(store.exclusions.findCommitsByPrefix(course.id, sha(2).slice(0, 7))).toEqual([sha(2)]);
    store.exclusions.excludeCommit(course.id, sha(2), 'generated dump');
    expect(figures()).toMatchObject({ ana: { commits: 2, commitShare: 1 }, bo: { commits: 0, commitShare: 0 } });
    expect(store.exclusions.listExclusions(course.id)).toMatchObject([{ kind: 'commit', sha: sha(2), reason: 'generated dump' }]);
    expect(store.exclusions.removeCommitExclusion(course.id, sha(2))).toBe(true);
    const [alias] = store.identity.listAliases(course.id);
    expect(store.identity.removeAlias(course.id, alias?.id ?? 0)).toBe(true);
    expect(figures()).toMatchObject({ ana: { commits: 1 }, bo: { commits: 1 } });
  });

  it('forgets a course’s aliases and exclusions with the course', () => {
    store.identity.addAlias(course.id, 'ana', 'name', 'Ani');
    store.exclusions.excludeMergeRequest(course.id, projectId, 3, 'a revert');
    store.courses.deleteCourse(course.id);
    expect(store.identity.listAliases(course.id)).toEqual([]);
    expect(store.exclusions.listExclusions(course.id)).toEqual([]);
  });
});
