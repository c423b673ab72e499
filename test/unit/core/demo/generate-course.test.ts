import { describe, expect, it } from 'vitest';
import type { GeneratedCourse } from '../../../../electron/core/demo/course-types';
import { generateCourse } from '../../../../electron/core/demo/generate-course';

const course = generateCourse();

function listTimestamps(generated: GeneratedCourse): string[] {
  const times: string[] = [];
  for (const team of generated.teams) {
    for (const commit of team.commits) times.push(commit.authored_date, commit.committed_date);
    for (const pipeline of team.pipelines) {
      times.push(pipeline.created_at, pipeline.updated_at);
      if (pipeline.finished_at) times.push(pipeline.finished_at);
    }
    for (const job of team.jobs) times.push(job.created_at, ...[job.started_at, job.finished_at].filter((time): time is string => time !== null));
    for (const item of [...team.mergeRequests, ...team.issues]) times.push(item.created_at, item.updated_at);
    for (const note of [...team.mergeRequestNotes, ...team.issueNotes]) times.push(note.created_at, note.updated_at);
  }
  return times;
}

describe('generateCourse', () => {
  it('returns a deep-equal course for the same seed', () => {
    expect(generateCourse({ seed: 1 })).toEqual(course);
  });

  it('returns a different course for a different seed', () => {
    const other = generateCourse({ seed: 2 });
    expect(other.teams.map((team) => team.commits.length)).not.toEqual(course.teams.map((team) => team.commits.length));
    expect(other.users.map((user) => user.name)).not.toEqual(course.users.map((user) => user.name));
  });

  it('builds eight teams of three to five students by default', () => {
    expect(course.teams).toHaveLength(8);
    const bots = new Set(course.users.filter((user) => user.bot).map((user) => user.id));
    for (const team of course.teams) {
      const students = team.members.filter((member) => !bots.has(member.id));
      expect(students.length).toBeGreaterThanOrEqual(3);
      expect(students.length).toBeLessThanOrEqual(5);
      expect(team.members.filter((member) => bots.has(member.id))).toHaveLength(1);
    }
  });

  it('gives every project a bot user and the group two staff members', () => {
    const bots = course.users.filter((user) => user.bot);
    expect(bots.map((bot) => bot.username)).toEqual(course.teams.map((team) => `project_${team.project.id}_bot`));
    expect(course.staffMembers).toHaveLength(2);
    expect(course.staffMembers.map((member) => member.access_level).sort()).toEqual([40, 50]);
  });

  it('lets about half of the students show a public e-mail', () => {
    const students = course.users.filter((user) => !user.bot && user.id > 10);
    const withEmail = students.filter((user) => user.public_email !== '').length;
    expect(withEmail / students.length).toBeGreaterThan(0.25);
    expect(withEmail / students.length).toBeLessThan(0.75);
    expect(students.every((user) => user.username === user.username.toLowerCase())).toBe(true);
  });

  it('spreads teams across cohort subgroups of the course group', () => {
    expect(course.group.full_path).toBe('teaching/se-2026');
    expect(course.subgroups.length).toBeGreaterThan(1);
    for (const team of course.teams) {
      expect(course.subgroups.map((group) => group.id)).toContain(team.project.namespace.id);
      expect(team.project.path_with_namespace).toMatch(/^teaching\/se-2026\/cohort-[a-z]\/team-\d\d$/);
    }
  });

  it('builds a commit graph whose parents and branch heads all exist', () => {
    for (const team of course.teams) {
      const shas = new Set(team.commits.map((commit) => commit.id));
      expect(shas.size).toBe(team.commits.length);
      for (const commit of team.commits) for (const parent of commit.parent_ids) expect(shas.has(parent)).toBe(true);
      for (const branch of team.branches) expect(shas.has(branch.commit.id)).toBe(true);
      for (const tag of team.tags) expect(shas.has(tag.commit.id)).toBe(true);
      expect(team.branches.find((branch) => branch.default)?.name).toBe('main');
    }
  });

  it('merges feature branches through merge commits and leaves some branches unmerged', () => {
    for (const team of course.teams) {
      const merged = team.mergeRequests.filter((mergeRequest) => mergeRequest.state === 'merged');
      expect(merged.length).toBeGreaterThan(0);
      const byId = new Map(team.commits.map((commit) => [commit.id, commit]));
      for (const mergeRequest of merged) {
        const mergeCommit = byId.get(mergeRequest.merge_commit_sha ?? '');
        expect(mergeCommit?.parent_ids).toHaveLength(2);
        expect(mergeRequest.merged_at).not.toBeNull();
      }
    }
    const unmergedBranches = course.teams.flatMap((team) => team.branches.filter((branch) => !branch.default && !branch.merged));
    expect(unmergedBranches.length).toBeGreaterThan(0);
  });

  it('numbers merge requests, issues, notes, pipelines and jobs uniquely across the course', () => {
    for (const key of ['mergeRequests', 'issues', 'pipelines', 'jobs'] as const) {
      const ids = course.teams.flatMap((team) => team[key].map((item) => item.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
    const noteIds = course.teams.flatMap((team) => [...team.mergeRequestNotes, ...team.issueNotes].map((note) => note.id));
    expect(new Set(noteIds).size).toBe(noteIds.length);
    for (const team of course.teams) {
      const iids = team.mergeRequests.map((mergeRequest) => mergeRequest.iid);
      expect(new Set(iids).size).toBe(iids.length);
      const mergeRequestIds = new Map(team.mergeRequests.map((mergeRequest) => [mergeRequest.iid, mergeRequest.id]));
      for (const note of team.mergeRequestNotes) expect(note.noteable_id).toBe(mergeRequestIds.get(note.noteable_iid));
      const issueIds = new Map(team.issues.map((issue) => [issue.iid, issue.id]));
      for (const note of team.issueNotes) expect(note.noteable_id).toBe(issueIds.get(note.noteable_iid));
    }
  });

  it('hands out pipeline ids in creation order across all teams', () => {
    const pipelines = course.teams.flatMap((team) => team.pipelines).sort((a, b) => a.id - b.id);
    for (let index = 1; index < pipelines.length; index += 1) {
      expect(Date.parse(pipelines[index]?.created_at ?? '')).toBeGreaterThanOrEqual(Date.parse(pipelines[index - 1]?.created_at ?? ''));
    }
  });

  it('attaches every job to an existing pipeline of its project', () => {
    for (const team of course.teams) {
      const pipelines = new Map(team.pipelines.map((pipeline) => [pipeline.id, pipeline]));
      for (const job of team.jobs) {
        expect(pipelines.get(job.pipeline.id)?.status).toBe(job.pipeline.status);
        expect(job.pipeline.project_id).toBe(team.project.id);
      }
    }
  });

  it('keeps both attempts of a retried job, the older one marked retried', () => {
    const retried = course.teams.flatMap((team) => team.jobs.filter((job) => job.retried).map((job) => ({ job, team })));
    expect(retried.length).toBeGreaterThan(0);
    for (const { job, team } of retried) {
      const newer = team.jobs.find((other) => other.pipeline.id === job.pipeline.id && other.name === job.name && !other.retried);
      expect(newer).toBeDefined();
      expect(newer?.id).toBeGreaterThan(job.id);
    }
  });

  it('contains a failing streak of at least three main pipelines followed by a recovery', () => {
    const hasRecoveredStreak = course.teams.some((team) => {
      const statuses = team.pipelines
        .filter((pipeline) => pipeline.ref === 'main')
        .map((pipeline) => pipeline.status)
        .join(',');
      return /(failed,){3,}success/.test(statuses);
    });
    expect(hasRecoveredStreak).toBe(true);
  });

  it('reports coverage as decimal strings on pipelines and numbers on jobs', () => {
    const coverages = course.teams.flatMap((team) => team.pipelines.map((pipeline) => pipeline.coverage)).filter((value) => value !== null);
    expect(coverages.length).toBeGreaterThan(100);
    for (const value of coverages) expect(value).toMatch(/^\d{1,2}\.\d{2}$/);
    const jobCoverages = course.teams.flatMap((team) => team.jobs.map((job) => job.coverage)).filter((value) => value !== null);
    expect(jobCoverages.every((value) => typeof value === 'number')).toBe(true);
  });

  it('lets coverage trend upward over the semester', () => {
    const strong = course.teams[0];
    const values = (strong?.pipelines ?? [])
      .map((pipeline) => pipeline.coverage)
      .filter((value) => value !== null)
      .map(Number);
    const quarter = Math.floor(values.length / 4);
    const average = (list: number[]): number => list.reduce((sum, value) => sum + value, 0) / list.length;
    expect(average(values.slice(-quarter))).toBeGreaterThan(average(values.slice(0, quarter)) + 10);
  });

  it('keeps pipeline times consistent', () => {
    for (const pipeline of course.teams.flatMap((team) => team.pipelines)) {
      expect(pipeline.updated_at >= pipeline.created_at).toBe(true);
      expect(pipeline.web_url).toBe(
        `${course.baseUrl}/${course.teams.find((team) => team.project.id === pipeline.project_id)?.project.path_with_namespace}/-/pipelines/${pipeline.id}`,
      );
      if (pipeline.status === 'success' || pipeline.status === 'failed') expect(pipeline.duration).toBeGreaterThan(0);
    }
  });

  it('places every event inside the semester', () => {
    const times = listTimestamps(course);
    const start = Date.parse(course.semesterStart);
    const end = Date.parse(course.semesterEnd);
    for (const time of times) {
      expect(Date.parse(time)).toBeGreaterThanOrEqual(start);
      expect(Date.parse(time)).toBeLessThanOrEqual(end);
    }
    expect(course.latestEventAt <= course.semesterEnd).toBe(true);
  });

  it('formats REST times in UTC with milliseconds and commit times with an offset', () => {
    const team = course.teams[0];
    expect(team?.pipelines[0]?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const commitDates = course.teams.flatMap((item) => item.commits.map((commit) => commit.authored_date));
    expect(commitDates.some((date) => date.endsWith('+01:00'))).toBe(true);
  });

  it('gives exactly one team no CI configuration at head, though it ran pipelines before deleting it', () => {
    const withoutCi = course.teams.filter((team) => team.ciConfig === null);
    expect(withoutCi).toHaveLength(1);
    const pipelines = withoutCi[0]?.pipelines ?? [];
    expect(pipelines.length).toBeGreaterThan(0);
    const lastCreated = Math.max(...pipelines.map((p) => Date.parse(p.created_at)));
    expect(lastCreated).toBeLessThan(Date.parse(course.semesterStart) + 5 * 7 * 86_400_000);
    const full = course.teams.filter((team) => team.ciConfig?.includes('junit') && team.ciConfig.includes('coverage:'));
    expect(full.length).toBeGreaterThan(0);
  });

  it('makes teams visibly different', () => {
    const pipelineCounts = course.teams.map((team) => team.pipelines.length);
    expect(Math.max(...pipelineCounts)).toBeGreaterThan(Math.min(...pipelineCounts) * 4);
  });

  it('scales activity with activityScale', () => {
    const small = generateCourse({ teams: 2, weeks: 4 });
    const large = generateCourse({ teams: 2, weeks: 4, activityScale: 5 });
    const count = (generated: GeneratedCourse): number => generated.teams.reduce((sum, team) => sum + team.commits.length, 0);
    expect(count(large)).toBeGreaterThan(count(small) * 3);
  });

  it('scales to forty teams at ten times the activity (its speed is measured by npm run bench:demo)', () => {
    const small = generateCourse({ teams: 2 });
    const big = generateCourse({ teams: 40, activityScale: 10 });
    expect(big.teams).toHaveLength(40);
    const pipelinesOf = (c: typeof big) => c.teams.reduce((sum, t) => sum + t.pipelines.length, 0) / c.teams.length;
    expect(pipelinesOf(big)).toBeGreaterThan(5 * pipelinesOf(small));
  });
});
