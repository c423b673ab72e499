import type { RestMember, RestNote, RestUser } from './rest-types';
import { assignIdsByTime } from './assign-ids';
import type { Numberable } from './assign-ids';
import type { ProjectLanguage } from './ci-config';
import { listCiJobs, renderCiConfig } from './ci-config';
import { createBotUser, createCourseGroups, createMember, createProject, createUser, selectCohort } from './course-people';
import type { GenerateCourseOptions, GeneratedCourse, GeneratedJob, GeneratedTeam } from './course-types';
import { generateTeamIssues } from './team-issues';
import type { TeamIssues } from './team-issues';
import { PeoplePool } from './people-pool';
import type { PipelineDraft } from './pipeline-outcomes';
import { buildPipelineRun } from './pipeline-jobs';
import { createReleaseTags, listBranches } from './release-tags';
import { createSeededRandom } from './seeded-random';
import { simulateTeamActivity } from './team-activity';
import type { TeamActivity } from './team-activity';
import type { TeamContext, TeamStudent } from './team-context';
import { createUserRef } from './team-context';
import { selectTeamProfile } from './team-profiles';
import { DAY_MS, HOUR_MS, formatDateOnly, formatRestTime, parseDateOnly } from './timestamps';

export type { GenerateCourseOptions, GeneratedCourse, GeneratedJob, GeneratedTeam } from './course-types';

const FIRST_STUDENT_ID = 11;
const FIRST_PROJECT_ID = 4201;
const FIRST_MERGE_REQUEST_ID = 30001;
const FIRST_ISSUE_ID = 70001;
const FIRST_NOTE_ID = 500001;
const FIRST_PIPELINE_ID = 910001;
const FIRST_JOB_ID = 5500001;
const LANGUAGES: ProjectLanguage[] = ['node', 'python', 'java'];

interface TeamBuild {
  context: TeamContext;
  activity: TeamActivity;
  issues: TeamIssues;
  team: GeneratedTeam;
}

function resolveOptions(options: GenerateCourseOptions): Required<GenerateCourseOptions> {
  const resolved: Required<GenerateCourseOptions> = {
    seed: options.seed ?? 1,
    teams: options.teams ?? 8,
    studentsPerTeam: options.studentsPerTeam ?? { min: 3, max: 5 },
    semesterStart: options.semesterStart ?? '2026-02-16',
    weeks: options.weeks ?? 13,
    activityScale: options.activityScale ?? 1,
    baseUrl: (options.baseUrl ?? 'https://gitlab.example.edu').replace(/\/+$/, ''),
    groupPath: (options.groupPath ?? 'teaching/se-2026').replace(/^\/+|\/+$/g, ''),
  };
  if (!Number.isInteger(resolved.teams) || resolved.teams < 1) throw new Error('teams must be a positive integer');
  if (resolved.studentsPerTeam.min < 1 || resolved.studentsPerTeam.max < resolved.studentsPerTeam.min)
    throw new Error('studentsPerTeam must be a range of at least one student');
  if (!(resolved.weeks >= 1)) throw new Error('weeks must be at least 1');
  if (!(resolved.activityScale > 0)) throw new Error('activityScale must be positive');
  return resolved;
}

/** Splits a team's work unevenly: one student carries topContributorShare, the rest share the remainder. */
function weighStudents(count: number, topShare: number, jitter: () => number): number[] {
  if (count === 1) return [1];
  const share = Math.max(topShare, 1 / count);
  return Array.from({ length: count }, (_, index) => (index === 0 ? share : ((1 - share) / (count - 1)) * jitter()));
}

/**
 * Builds a whole demo course: a group with cohort subgroups, staff, and one project per team with
 * commits, branches, tags, merge requests, issues, notes, pipelines, jobs and test summaries.
 * Deterministic: the same options always give a deep-equal course.
 */
export function generateCourse(options: GenerateCourseOptions = {}): GeneratedCourse {
  const settings = resolveOptions(options);
  const random = createSeededRandom(settings.seed);
  const semesterStartMs = parseDateOnly(settings.semesterStart);
  const semesterEndMs = semesterStartMs + settings.weeks * 7 * DAY_MS;
  const setupMs = semesterStartMs - 5 * DAY_MS + 10 * HOUR_MS;
  const mailDomain = new URL(settings.baseUrl).hostname.replace(/^gitlab\./, '');
  const { group, subgroups } = createCourseGroups(settings.baseUrl, settings.groupPath, settings.teams, setupMs - 20 * DAY_MS);
  const people = new PeoplePool(random.fork('people'));
  const userRandom = random.fork('users');

  const staff: TeamStudent[] = [2, 3].map((id) => {
    const identity = people.createPerson(mailDomain);
    const user = createUser(id, identity, settings.baseUrl, setupMs - 400 * DAY_MS, userRandom);
    return { user, ref: createUserRef(user), identity, weight: 0 };
  });
  const staffUsers = staff.map((member) => member.user);
  const staffMembers: RestMember[] = staffUsers.map((user, index) => createMember(user, index === 0 ? 50 : 40, setupMs - 20 * DAY_MS, null));
  const studentUsers: RestUser[] = [];
  const builds: TeamBuild[] = [];
  let nextUserId = FIRST_STUDENT_ID;

  for (let teamIndex = 0; teamIndex < settings.teams; teamIndex += 1) {
    const teamRandom = random.fork(`team-${teamIndex}`);
    const profile = selectTeamProfile(teamIndex, settings.weeks * 7, () => (teamIndex < 8 ? 1 : teamRandom.float(0.8, 1.25)));
    const subgroup = selectCohort(subgroups, teamIndex, settings.teams);
    const project = createProject(FIRST_PROJECT_ID + teamIndex, teamIndex + 1, subgroup, settings.baseUrl, setupMs);
    const studentCount = teamRandom.int(settings.studentsPerTeam.min, settings.studentsPerTeam.max);
    const weights = weighStudents(studentCount, profile.topContributorShare, () => teamRandom.float(0.6, 1.4));
    const students: TeamStudent[] = weights.map((weight) => {
      const identity = people.createPerson(`students.${mailDomain}`);
      const user = createUser(nextUserId, identity, settings.baseUrl, setupMs - teamRandom.int(30, 900) * DAY_MS, userRandom);
      nextUserId += 1;
      studentUsers.push(user);
      return { user, ref: createUserRef(user), identity, weight };
    });
    const ciQuality = profile.ciQuality;
    const context: TeamContext = {
      teamIndex,
      random: teamRandom,
      profile,
      project,
      students,
      staff,
      semesterStartMs,
      semesterEndMs,
      activityScale: settings.activityScale,
      ciJobs: listCiJobs(ciQuality),
    };
    const activity = simulateTeamActivity(context);
    const tags = createReleaseTags(context, activity);
    activity.pipelines.markLatestAsRunning();
    const issues = generateTeamIssues(context);
    const expiresAt = teamRandom.chance(0.5) ? formatDateOnly(semesterEndMs + 30 * DAY_MS) : null;
    const members = students.map((student, index) => createMember(student.user, index === 0 ? 40 : 30, setupMs + teamRandom.int(1, 48) * HOUR_MS, expiresAt));
    const team: GeneratedTeam = {
      project,
      members,
      commits: activity.graph.commits,
      branches: listBranches(context, activity),
      tags,
      mergeRequests: activity.mergeRequests.mergeRequests,
      mergeRequestNotes: activity.mergeRequests.notes,
      issues: issues.issues,
      issueNotes: issues.notes,
      pipelines: [],
      jobs: [],
      testReportSummaries: {},
      ciConfig: profile.ciEndWeek === null ? renderCiConfig(ciQuality, teamRandom.pick(LANGUAGES)) : null,
    };
    builds.push({ context, activity, issues, team });
  }

  const botUsers = builds.map((build, index) => {
    const bot = createBotUser(nextUserId + index, build.team.project, settings.baseUrl, setupMs + HOUR_MS);
    build.team.members.push(createMember(bot, 40, setupMs + HOUR_MS, null));
    return bot;
  });

  numberWorkItems(builds);
  buildPipelines(builds);
  const latestEventMs = stampLastActivity(builds);

  return {
    baseUrl: settings.baseUrl,
    group,
    subgroups,
    users: [...staffUsers, ...studentUsers, ...botUsers],
    staffMembers,
    teams: builds.map((build) => build.team),
    semesterStart: formatRestTime(semesterStartMs),
    semesterEnd: formatRestTime(semesterEndMs),
    latestEventAt: formatRestTime(latestEventMs),
  };
}

function numberWorkItems(builds: TeamBuild[]): void {
  const mergeRequests = builds.flatMap((build) =>
    build.team.mergeRequests.map((item) => ({ item, timeKey: Date.parse(item.created_at), teamIndex: build.context.teamIndex })),
  );
  assignIdsByTime(mergeRequests, FIRST_MERGE_REQUEST_ID, (item, id) => {
    item.id = id;
  });
  const issues = builds.flatMap((build) =>
    build.team.issues.map((item) => ({ item, timeKey: Date.parse(item.created_at), teamIndex: build.context.teamIndex })),
  );
  assignIdsByTime(issues, FIRST_ISSUE_ID, (item, id) => {
    item.id = id;
  });

  const notes: Numberable<RestNote>[] = [];
  for (const build of builds) {
    const mergeRequestIds = new Map(build.team.mergeRequests.map((mergeRequest) => [mergeRequest.iid, mergeRequest.id]));
    const issueIds = new Map(build.team.issues.map((issue) => [issue.iid, issue.id]));
    for (const note of build.team.mergeRequestNotes) note.noteable_id = mergeRequestIds.get(note.noteable_iid) ?? 0;
    for (const note of build.team.issueNotes) note.noteable_id = issueIds.get(note.noteable_iid) ?? 0;
    for (const item of [...build.team.mergeRequestNotes, ...build.team.issueNotes])
      notes.push({ item, timeKey: Date.parse(item.created_at), teamIndex: build.context.teamIndex });
  }
  assignIdsByTime(notes, FIRST_NOTE_ID, (item, id) => {
    item.id = id;
  });
  for (const build of builds) {
    build.team.mergeRequestNotes.sort((a, b) => a.id - b.id);
    build.team.issueNotes.sort((a, b) => a.id - b.id);
  }
}

/** Pipeline and job ids grow with time across the whole course, as on a real instance. */
function buildPipelines(builds: TeamBuild[]): void {
  const drafts: Numberable<PipelineDraft>[] = [];
  for (const build of builds) {
    const teamDrafts = [...build.activity.pipelines.drafts].sort((a, b) => a.createdMs - b.createdMs);
    teamDrafts.forEach((draft, index) => {
      draft.iid = index + 1;
    });
    for (const item of teamDrafts) drafts.push({ item, timeKey: item.createdMs, teamIndex: build.context.teamIndex });
  }
  assignIdsByTime(drafts, FIRST_PIPELINE_ID, (item, id) => {
    item.id = id;
  });
  let nextJobId = FIRST_JOB_ID;
  const allocateJobId = (): number => nextJobId++;
  for (const { item: draft } of drafts) {
    const build = builds[draft.teamIndex];
    if (!build) continue;
    const { profile, project, ciJobs } = build.context;
    const run = buildPipelineRun(
      draft,
      {
        projectWebUrl: project.web_url,
        ciJobs,
        buildSeconds: profile.buildSeconds,
        coverageRange: [profile.coverageStart, profile.coverageEnd],
        testsRange: [profile.testsStart, profile.testsEnd],
      },
      allocateJobId,
    );
    build.team.pipelines.push(run.pipeline);
    for (const job of run.jobs) build.team.jobs.push(job);
    if (run.testReportSummary) build.team.testReportSummaries[run.pipeline.id] = run.testReportSummary;
  }
  for (const build of builds) build.team.jobs.sort((a: GeneratedJob, b: GeneratedJob) => a.id - b.id);
}

/** Sets each project's last_activity_at and returns the newest event of the course. */
function stampLastActivity(builds: TeamBuild[]): number {
  let courseLatest = 0;
  for (const build of builds) {
    const { team } = build;
    let latest = Date.parse(team.project.created_at);
    const consider = (iso: string | null): void => {
      if (iso === null) return;
      const ms = Date.parse(iso);
      if (ms > latest) latest = ms;
    };
    for (const commit of team.commits) consider(commit.committed_date);
    for (const pipeline of team.pipelines) consider(pipeline.updated_at);
    for (const job of team.jobs) consider(job.finished_at ?? job.started_at ?? job.created_at);
    for (const mergeRequest of team.mergeRequests) consider(mergeRequest.updated_at);
    for (const issue of team.issues) consider(issue.updated_at);
    for (const note of [...team.mergeRequestNotes, ...team.issueNotes]) consider(note.updated_at);
    for (const tag of team.tags) consider(tag.created_at);
    team.project.last_activity_at = formatRestTime(latest);
    courseLatest = Math.max(courseLatest, latest);
  }
  return courseLatest;
}
