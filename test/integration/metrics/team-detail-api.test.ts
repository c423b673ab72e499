import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { callOk } from '../../support/sync-fixture';
import { makeTempDir } from '../../support/temp-dir';

describe('metrics.team and metrics.student on the demo course', () => {
  const temp = makeTempDir();
  let core: Core;
  let course: CourseMetrics;

  beforeAll(async () => {
    core = await openCore({ dataDir: temp.path, env: {} });
    await callOk(core, 'courses.createDemo', {});
    course = await callOk(core, 'metrics.course', {});
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('gives each team the same figures metrics.course gives it, with series that add up to them', async () => {
    for (const team of course.teams) {
      const detail = await callOk(core, 'metrics.team', { projectId: team.projectId });
      expect(detail.team).toEqual(team);
      expect(detail.weekly.reduce((sum, w) => sum + w.pipelines, 0)).toBe(team.pipelines.total);
      expect(detail.daily.reduce((sum, d) => sum + d.pipelines, 0)).toBe(team.pipelines.total);
      expect(detail.recentPipelines.length).toBe(Math.min(30, team.pipelines.total));
      for (const member of team.members) {
        expect(detail.commits.filter((c) => c.username === member.username && c.exclusionReason === null)).toHaveLength(member.commits);
      }
      const unmatchedCommits = detail.commits.filter((c) => c.username === null && c.exclusionReason === null).length;
      expect(detail.unmatchedAuthors.reduce((sum, a) => sum + a.commits, 0)).toBe(unmatchedCommits);
      expect(detail.heatmap.reduce((sum, cell) => sum + cell.commits, 0)).toBe(detail.commits.filter((c) => c.exclusionReason === null).length);
      expect(
        detail.mergeRequests
          .filter((mr) => mr.isSelfMergedWithoutReview)
          .map((mr) => mr.iid)
          .sort((a, b) => a - b),
      ).toEqual(team.review.selfMergedWithoutReviewIids);
      for (const row of [...detail.commits, ...detail.mergeRequests, ...detail.recentPipelines, ...detail.issues]) expect(row.webUrl).toMatch(/^https:\/\//);
    }
  });

  it('highlights the CI file lines the practice evidence names, and says so when there is no file', async () => {
    const details = await Promise.all(course.teams.map((t) => callOk(core, 'metrics.team', { projectId: t.projectId })));
    const withCi = details.find((d) => d.ciFile.content !== null && d.practices.checks.multiStage.passed);
    if (!withCi) throw new Error('the demo should have a team with a multi-stage pipeline');
    const lines = withCi.ciFile.content?.split('\n') ?? [];
    for (const evidence of withCi.practices.checks.testsAutomated.evidence) {
      expect(withCi.ciFile.highlights.find((h) => h.line === evidence.line)?.practices).toContain('testsAutomated');
      // A key path (artifacts:reports:junit) is evidenced on the line of its last key.
      expect(lines[evidence.line - 1]).toContain(evidence.text.split(':').pop());
    }
    const withoutCi = details.find((d) => d.ciFile.content === null);
    expect(withoutCi?.ciFile.highlights).toEqual([]);
  });

  it('takes an excluded commit out of its author’s figures, lists it with the reason, and counts it again once undone', async () => {
    const team = course.teams[0];
    const before = await callOk(core, 'metrics.team', { projectId: team?.projectId ?? 0 });
    const target = before.commits.find((c) => c.username !== null && !c.isStaff);
    if (!team || !target?.username) throw new Error('the first demo team should have student commits');
    const commitsOf = (detail: typeof before) => detail.team.members.find((m) => m.username === target.username)?.commits;
    await callOk(core, 'exclusions.add', { target: { kind: 'commit', sha: target.sha }, reason: 'vendored library' });
    const excluded = await callOk(core, 'metrics.team', { projectId: team.projectId });
    expect(commitsOf(excluded)).toBe((commitsOf(before) ?? 0) - 1);
    expect(excluded.commits.find((c) => c.sha === target.sha)?.exclusionReason).toBe('vendored library');
    await callOk(core, 'exclusions.remove', { target: { kind: 'commit', sha: target.sha } });
    expect(commitsOf(await callOk(core, 'metrics.team', { projectId: team.projectId }))).toBe(commitsOf(before));
  });

  it('gives a student profile whose lists are the student’s own and whose share is of the team', async () => {
    const team = course.teams[1];
    const member = team?.members[0];
    if (!team || !member) throw new Error('the demo should have a second team');
    const profile = await callOk(core, 'metrics.student', { projectId: team.projectId, username: member.username.toUpperCase() });
    expect(profile.student).toEqual(member);
    expect(profile.commits).toHaveLength(member.commits);
    expect(profile.teamCommits).toBe(team.members.reduce((sum, m) => sum + m.commits, 0));
    expect(profile.teamWeekly.map((w) => w.weekStart)).toEqual(member.weekly.map((w) => w.weekStart));
    expect(profile.mergeRequests.filter((mr) => mr.author === member.username && mr.createdAt >= (profile.from ?? ''))).toHaveLength(
      member.mergeRequestsOpened,
    );
    expect(await core.call('metrics.student', { projectId: team.projectId, username: 'nobody-here' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: `${team.name} has no student "nobody-here".` },
    });
    expect(await core.call('metrics.team', { projectId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
