import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 11 });

function findTeam(fixture: SyncFixture, index: number) {
  const team = fixture.sim.course.teams[index];
  if (!team) throw new Error(`no team ${index}`);
  return team;
}

function findReachableShas(team: ReturnType<typeof findTeam>, head: string): Set<string> {
  const parents = new Map(team.commits.map((c) => [c.id, c.parent_ids]));
  const seen = new Set<string>();
  const stack = [head];
  while (stack.length > 0) {
    const sha = stack.pop() as string;
    if (seen.has(sha) || !parents.has(sha)) continue;
    seen.add(sha);
    stack.push(...(parents.get(sha) ?? []));
  }
  return seen;
}

describe('an incremental sync', () => {
  let fixture: SyncFixture;

  beforeEach(async () => {
    fixture = await startSyncFixture(course);
    await callOk(fixture.core, 'sync.run', {});
    fixture.sim.clock.advance(3_600_000);
  });
  afterEach(() => fixture.close());

  it('picks up new and updated merge requests and their new comments', async () => {
    const { sim } = fixture;
    const team = findTeam(fixture, 0);
    const added = sim.addMergeRequest(team.project.id, { title: 'Add login page' });
    const open = team.mergeRequests.find((mr) => mr.state === 'opened') ?? team.mergeRequests[0];
    if (!open) throw new Error('team has no merge requests');
    sim.updateMergeRequest(team.project.id, open.iid, { state: 'closed' });
    const note = sim.addNote(team.project.id, 'MergeRequest', open.iid, 'Please add tests <script>alert(1)</script>');
    await callOk(fixture.core, 'sync.run', {});
    const stored = snapshotStoredCourse(fixture.dataDir);
    expect(stored.mergeRequests.some((row) => row.includes(`|${added.id}|`))).toBe(true);
    expect(stored.notes.some((row) => row.includes(`|${note.id}|`))).toBe(true);
    expect(stored).toEqual(snapshotSimulatorCourse(sim.course));
  });

  it('picks up new issues with comments, new pipelines and re-run jobs', async () => {
    const { sim } = fixture;
    const team = findTeam(fixture, 1);
    const issue = sim.addIssue(team.project.id, { title: 'Crash on start' });
    sim.addNote(team.project.id, 'Issue', issue.iid, 'Reproduced on Windows');
    sim.addPipeline(team.project.id, { status: 'failed' });
    const finished = team.pipelines.find((p) => p.status === 'failed') ?? team.pipelines[0];
    const job = sim.listJobs(finished?.id ?? 0)[0];
    if (!job) throw new Error('pipeline has no jobs');
    const retried = sim.retryJob(job.id);
    await callOk(fixture.core, 'sync.run', {});
    const stored = snapshotStoredCourse(fixture.dataDir);
    expect(stored.jobs.some((row) => row.includes(`|${retried.id}|`))).toBe(true);
    expect(stored.jobs.some((row) => row.includes(`|${job.id}|`))).toBe(false);
    expect(stored).toEqual(snapshotSimulatorCourse(sim.course));
  });

  it('never misses commits pushed late with last month’s dates', async () => {
    const { sim } = fixture;
    const team = findTeam(fixture, 0);
    const lastMonth = new Date(Date.parse(sim.clock.now) - 30 * 86_400_000).toISOString();
    const pushed = sim.pushCommits(team.project.id, team.project.default_branch ?? 'main', 3, { authoredDate: lastMonth });
    sim.clearRequests();
    await callOk(fixture.core, 'sync.run', {});
    const stored = snapshotStoredCourse(fixture.dataDir);
    for (const commit of pushed) expect(stored.commits.some((row) => row.includes(`|${commit.id}|`))).toBe(true);
    expect(sim.requests.filter((r) => r.path.endsWith('/repository/commits'))).toHaveLength(1);
    expect(stored).toEqual(snapshotSimulatorCourse(sim.course));
  });

  it('reflects a force-push and a deleted branch', async () => {
    const { sim } = fixture;
    const team = findTeam(fixture, 2);
    // A branch with commits of its own (not yet merged into main), so a force-push drops some.
    const mainHistory = findReachableShas(team, team.branches.find((b) => b.default)?.commit.id ?? '');
    const rewritten = team.branches.find((b) => !b.default && !mainHistory.has(b.commit.id));
    const deleted = team.branches.find((b) => !b.default && b !== rewritten);
    if (!rewritten || !deleted) throw new Error('team needs two feature branches');
    const { removed } = sim.forcePush(team.project.id, rewritten.name, 0, { newCommits: 2 });
    expect(removed.length).toBeGreaterThan(0);
    sim.deleteBranch(team.project.id, deleted.name);
    await callOk(fixture.core, 'sync.run', {});
    const stored = snapshotStoredCourse(fixture.dataDir);
    expect(stored.branches.some((row) => row.includes(`|${deleted.name}|`))).toBe(false);
    for (const sha of removed) expect(stored.commits.some((row) => row.includes(`|${sha}|`))).toBe(false);
    expect(stored).toEqual(snapshotSimulatorCourse(sim.course));
  });
});
