import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedCourse, GeneratedTeam } from '../../../electron/core/demo/course-types';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { RestCommit } from '../../../electron/core/demo/rest-types';
import { runCli } from '../../support/run-cli';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const from = '2026-03-01T00:00:00.000Z';
const to = '2026-04-15T00:00:00.000Z';
const laptopEmail = 'Laptop.User@Home.example';

function isInWindow(time: string | null | undefined): boolean {
  if (!time) return false;
  const ms = Date.parse(time);
  return ms >= Date.parse(from) && ms < Date.parse(to);
}

/**
 * The course the simulator serves: generated, then one student's commits in the window re-signed
 * with a laptop's name and address, which match nobody until an alias says whose they are.
 */
function prepareCourse(): { course: GeneratedCourse; resignedUsername: string } {
  const course = generateCourse({ teams: 2, seed: 7 });
  const team = course.teams[0] as GeneratedTeam;
  const bots = new Set(course.users.filter((u) => u.bot).map((u) => u.id));
  const student = team.members.find((m) => !bots.has(m.id));
  if (!student) throw new Error('no student');
  let resigned = 0;
  for (const commit of team.commits) {
    if (commit.author_name === student.name && commit.parent_ids.length < 2 && isInWindow(commit.committed_date) && resigned < 3) {
      commit.author_name = 'laptop';
      commit.author_email = laptopEmail;
      resigned += 1;
    }
  }
  if (resigned === 0) throw new Error('the student has no commits to re-sign');
  return { course, resignedUsername: student.username };
}

interface Expected {
  username: string;
  commits: number;
  additions: number;
  deletions: number;
  mergeRequestsOpened: number;
  mergeRequestsMerged: number;
  mergeRequestsReviewed: number;
  comments: number;
  commentWordsOnOthers: number;
  issuesOpened: number;
  issuesClosed: number;
  buildsBroken: number;
  buildsFixed: number;
}

/** Each student's figures worked out from the simulator's data and the definitions in docs/metrics.md. */
function expectTeam(course: GeneratedCourse, team: GeneratedTeam, aliasEmails: Map<string, string>, excludedShas: Set<string>): Expected[] {
  const bots = new Set(course.users.filter((u) => u.bot).map((u) => u.id));
  const students = team.members.filter((m) => !bots.has(m.id));
  const byName = new Map(students.map((s) => [s.name, s]));
  const ownerOf = (c: RestCommit) =>
    aliasEmails.has(c.author_email.toLowerCase())
      ? students.find((s) => s.username === aliasEmails.get(c.author_email.toLowerCase()))
      : byName.get(c.author_name);
  const commitsBySha = new Map(team.commits.map((c) => [c.id, c]));
  const reachable = new Set<string>();
  const stack = team.branches.map((b) => b.commit.id);
  while (stack.length > 0) {
    const sha = stack.pop() as string;
    if (reachable.has(sha)) continue;
    reachable.add(sha);
    stack.push(...(commitsBySha.get(sha)?.parent_ids ?? []));
  }
  const counted = team.commits.filter((c) => reachable.has(c.id) && c.parent_ids.length < 2 && isInWindow(c.committed_date) && !excludedShas.has(c.id));

  const runs = team.pipelines
    .filter(
      (p) =>
        p.ref === team.project.default_branch &&
        (p.status === 'success' || p.status === 'failed') &&
        p.source !== 'parent_pipeline' &&
        isInWindow(p.created_at),
    )
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
  const broken = new Map<number, number>();
  const fixed = new Map<number, number>();
  const credit = (tally: Map<number, number>, sha: string) => {
    const commit = commitsBySha.get(sha);
    const owner = commit && !excludedShas.has(sha) ? ownerOf(commit) : undefined;
    if (owner) tally.set(owner.id, (tally.get(owner.id) ?? 0) + 1);
  };
  let isRed = false;
  for (const run of runs) {
    if (run.status === 'failed' && !isRed) credit(broken, run.sha);
    if (run.status === 'success' && isRed) credit(fixed, run.sha);
    isRed = run.status === 'failed';
  }

  const mrNotes = team.mergeRequestNotes.filter((n) => Date.parse(n.created_at) < Date.parse(to));
  return students.map((s) => {
    const mine = counted.filter((c) => ownerOf(c)?.id === s.id);
    const othersMrs = new Set(team.mergeRequests.filter((mr) => mr.author.id !== s.id).map((mr) => mr.iid));
    const myNotes = [...team.mergeRequestNotes, ...team.issueNotes].filter((n) => !n.system && n.author.id === s.id && isInWindow(n.created_at));
    return {
      username: s.username,
      commits: mine.length,
      additions: mine.reduce((n, c) => n + (c.stats?.additions ?? 0), 0),
      deletions: mine.reduce((n, c) => n + (c.stats?.deletions ?? 0), 0),
      mergeRequestsOpened: team.mergeRequests.filter((mr) => mr.author.id === s.id && isInWindow(mr.created_at)).length,
      mergeRequestsMerged: team.mergeRequests.filter((mr) => mr.author.id === s.id && isInWindow(mr.merged_at)).length,
      mergeRequestsReviewed: team.mergeRequests.filter(
        (mr) =>
          mr.author.id !== s.id &&
          isInWindow(mr.created_at) &&
          (mr.reviewers.some((r) => r.id === s.id) || mrNotes.some((n) => n.noteable_iid === mr.iid && !n.system && n.author.id === s.id)),
      ).length,
      comments: myNotes.length,
      commentWordsOnOthers: myNotes
        .filter((n) => n.noteable_type === 'MergeRequest' && othersMrs.has(n.noteable_iid))
        .reduce((words, n) => words + n.body.split(/\s+/).filter(Boolean).length, 0),
      issuesOpened: team.issues.filter((i) => i.author.id === s.id && isInWindow(i.created_at)).length,
      issuesClosed: team.issues.filter((i) => i.closed_by?.id === s.id && isInWindow(i.closed_at)).length,
      buildsBroken: broken.get(s.id) ?? 0,
      buildsFixed: fixed.get(s.id) ?? 0,
    };
  });
}

interface MetricsJson {
  course: string;
  from: string;
  to: string;
  teams: Array<{
    project: string;
    members: Array<Expected & { name: string; isFormer: boolean; commitShare: number | null; lineShare: number | null; lastActivityAt: string | null }>;
    review: { selfMergedWithoutReview: number; mergedWithinHour: number };
    flags: Array<{ kind: string; username?: string; detail: string }>;
    unmatchedAuthors: Array<{ name: string; email: string; commits: number }>;
  }>;
}

describe('gitpulse metrics --json per student, after a sync from the simulator', () => {
  const { course, resignedUsername } = prepareCourse();
  let fixture: SyncFixture;
  const cli = (...args: string[]) => runCli(['--data-dir', fixture.dataDir, ...args]);
  const readMetrics = async (): Promise<MetricsJson> => {
    const run = await cli('metrics', '--course', 'se', '--from', from, '--to', to, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as MetricsJson;
  };
  const figuresOf = (json: MetricsJson, team: GeneratedTeam) => {
    const shown = json.teams.find((t) => t.project === team.project.path_with_namespace);
    if (!shown) throw new Error(`no ${team.project.path_with_namespace}`);
    return shown;
  };
  const withoutShares = (members: MetricsJson['teams'][number]['members']) =>
    members.map(({ name: _name, isFormer: _isFormer, commitShare: _c, lineShare: _l, lastActivityAt: _a, ...figures }) => figures);
  const byUsername = <T extends { username: string }>(rows: T[]) => [...rows].sort((a, b) => a.username.localeCompare(b.username));

  beforeAll(async () => {
    fixture = await startSyncFixture(course);
    await callOk(fixture.core, 'sync.run', { course: 'se' });
  });
  afterAll(async () => {
    await fixture.close();
  });

  it('prints every student’s figures as worked out from GitLab’s data, and their shares', async () => {
    const json = await readMetrics();
    expect({ course: json.course, from: json.from, to: json.to }).toEqual({ course: 'se', from, to });
    for (const team of course.teams) {
      const shown = figuresOf(json, team);
      const expected = expectTeam(course, team, new Map(), new Set());
      expect(byUsername(withoutShares(shown.members))).toEqual(byUsername(expected));
      const totalCommits = expected.reduce((n, e) => n + e.commits, 0);
      const totalLines = expected.reduce((n, e) => n + e.additions + e.deletions, 0);
      for (const e of expected) {
        const member = shown.members.find((m) => m.username === e.username);
        expect(member?.commitShare).toBeCloseTo(e.commits / totalCommits, 12);
        expect(member?.lineShare).toBeCloseTo((e.additions + e.deletions) / totalLines, 12);
        expect(member?.isFormer).toBe(false);
      }
    }
  });

  it('lists the re-signed commits under their author until an alias names their owner, then moves them at once', async () => {
    const team = course.teams[0] as GeneratedTeam;
    const before = figuresOf(await readMetrics(), team);
    expect(before.unmatchedAuthors).toEqual([{ name: 'laptop', email: laptopEmail, commits: 3 }]);

    const added = await cli('alias', 'add', '--course', 'se', '--member', resignedUsername, '--email', laptopEmail.toLowerCase());
    expect(added.code).toBe(0);
    const after = figuresOf(await readMetrics(), team);
    expect(after.unmatchedAuthors).toEqual([]);
    const aliases = new Map([[laptopEmail.toLowerCase(), resignedUsername]]);
    expect(byUsername(withoutShares(after.members))).toEqual(byUsername(expectTeam(course, team, aliases, new Set())));
    const listed = await cli('alias', 'list', '--course', 'se', '--json');
    expect(JSON.parse(listed.stdout)).toMatchObject([{ username: resignedUsername, kind: 'email', value: laptopEmail.toLowerCase() }]);
  });

  it('takes an excluded commit out of every figure, and puts it back when the exclusion is removed', async () => {
    const team = course.teams[1] as GeneratedTeam;
    const before = figuresOf(await readMetrics(), team);
    const busiest = [...before.members].sort((a, b) => b.commits - a.commits)[0];
    const victim = team.commits.find((c) => c.author_name === busiest?.name && c.parent_ids.length < 2 && isInWindow(c.committed_date));
    if (!victim) throw new Error('no commit to exclude');
    const excluded = await cli('exclude', 'add', '--course', 'se', '--commit', victim.id.slice(0, 12), '--reason', 'vendored library');
    expect(excluded.stdout).toContain(victim.id);

    const after = figuresOf(await readMetrics(), team);
    const aliases = new Map([[laptopEmail.toLowerCase(), resignedUsername]]);
    expect(byUsername(withoutShares(after.members))).toEqual(byUsername(expectTeam(course, team, aliases, new Set([victim.id]))));
    expect(after.members.find((m) => m.username === busiest?.username)?.commits).toBe((busiest?.commits ?? 0) - 1);

    expect((await cli('exclude', 'list', '--course', 'se')).stdout).toContain('vendored library');
    expect((await cli('exclude', 'remove', '--course', 'se', '--commit', victim.id)).code).toBe(0);
    expect(withoutShares(figuresOf(await readMetrics(), team).members)).toEqual(withoutShares(before.members));
  });

  it('refuses an exclusion without a reason and an alias for a stranger, in one line', async () => {
    const noReason = await cli('exclude', 'add', '--course', 'se', '--commit', 'abcdef1');
    expect(noReason.code).toBe(2);
    expect(noReason.stderr.trim().split('\n')).toHaveLength(1);
    const stranger = await cli('alias', 'add', '--course', 'se', '--member', 'nobody-here', '--name', 'X');
    expect(stranger.code).not.toBe(0);
    expect(stranger.stderr).toContain('nobody-here');
  });
});
