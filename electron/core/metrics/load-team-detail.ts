import type { Course } from '../../../shared/domain/course';
import type { IssueRow, StudentProfile, TeamDetail } from '../../../shared/domain/team-detail';
import { attributeCommits } from '../../../shared/metrics/attribute-commits';
import { computeCommitHeatmap } from '../../../shared/metrics/commit-heatmap';
import { computeDailyCoverage, computeDailyPipelines } from '../../../shared/metrics/daily-series';
import { computeWeeklyPipelines } from '../../../shared/metrics/weekly-pipelines';
import { listEvidenceLines } from '../../../shared/practices/list-evidence-lines';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import { buildTeamMetrics } from './build-team-metrics';
import { buildCommitRows, buildIssueRows, buildMergeRequestRows, describeUnmatchedAuthors } from './build-team-items';
import { resolveMetricsWindow, type WindowRequest } from './resolve-metrics-window';

const ciFileName = '.gitlab-ci.yml';
const recentPipelineCount = 30;
const recentIssueCount = 50;

/** The course's time zone, or this machine's when the course names none. */
export function resolveTimeZone(course: Course): string {
  return course.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The team page's data with every issue of the window (the page lists the newest, a profile filters them all). */
function loadTeamDetailWithIssues(
  store: Store,
  course: Course,
  projectId: number,
  request: WindowRequest,
  nowMs: number,
): { detail: TeamDetail; issues: IssueRow[] } {
  const team = store.projects.listTeams(course.id).find((t) => t.projectId === projectId);
  if (!team) throw new ApiFailure('not_found', `"${course.name}" has no team with project ${projectId}.`);
  const window = resolveMetricsWindow(course, request, nowMs, request.window?.kind === 'iteration' ? store.iterations.listIterations(course.id) : []);
  const exclusions = store.exclusions.listExclusions(course.id);
  const ciConfig = store.ciConfigs.readCiConfig(projectId);
  // Only this team's rows are read: a team page of a 100-team course costs one team's queries.
  const built = buildTeamMetrics({
    course,
    team,
    window,
    pipelines: store.queries.pipelineFacts.readPipelineFacts(course.id, window, projectId).get(projectId) ?? [],
    stored: store.queries.contributionFacts.readContributionFacts(course.id, window, projectId).get(projectId),
    ciConfig,
    aliases: store.identity.listAliases(course.id),
    exclusions,
  });
  const items = store.queries.teamItems.readTeamItems(projectId, window, recentPipelineCount);
  const attributed = attributeCommits(built.contributionFacts);
  const commits = buildCommitRows(attributed, items, exclusions, team.webUrl);
  const timeZone = resolveTimeZone(course);
  const issues = buildIssueRows(built.contributionFacts, items, team.webUrl);
  const detail: TeamDetail = {
    course: course.name,
    from: window.from,
    to: window.to,
    timeZone,
    coverageThreshold: course.coverageThreshold,
    lastSyncedAt: course.lastSyncedAt,
    isDemo: course.isDemo,
    team: built.metrics,
    daily: computeDailyPipelines(built.pipelineFacts, timeZone),
    weekly: computeWeeklyPipelines(built.pipelineFacts.pipelines, timeZone, window),
    coverage: computeDailyCoverage(built.pipelineFacts, timeZone),
    heatmap: computeCommitHeatmap(
      attributed.filter((a) => !a.isExcluded).map((a) => a.commit),
      timeZone,
    ),
    practices: { project: team.path, name: team.name, ...built.practices },
    ciFile: {
      path: ciFileName,
      content: ciConfig?.content ?? null,
      highlights: ciConfig?.content ? listEvidenceLines(built.practices.checks, ciFileName) : [],
    },
    recentPipelines: items.recentPipelines.map((p) => ({ ...p, webUrl: p.webUrl ?? `${team.webUrl}/-/pipelines/${p.id}` })),
    commits,
    mergeRequests: buildMergeRequestRows(built.contributionFacts, built.metrics.review, items, exclusions, projectId, team.webUrl),
    issues: issues.slice(0, recentIssueCount),
    unmatchedAuthors: describeUnmatchedAuthors(built.metrics.unmatchedAuthors, commits),
  };
  return { detail, issues };
}

/** One team's figures, the series its page charts, its practice evidence and the items behind its figures. */
export function loadTeamDetail(store: Store, course: Course, projectId: number, request: WindowRequest = {}, nowMs = Date.now()): TeamDetail {
  return loadTeamDetailWithIssues(store, course, projectId, request, nowMs).detail;
}

/** One student of a team: their figures and the commits, merge requests and issues behind them. */
export function loadStudentProfile(
  store: Store,
  course: Course,
  projectId: number,
  username: string,
  request: WindowRequest = {},
  nowMs = Date.now(),
): StudentProfile {
  const { detail, issues } = loadTeamDetailWithIssues(store, course, projectId, request, nowMs);
  const wanted = username.toLowerCase();
  const student = detail.team.members.find((m) => m.username.toLowerCase() === wanted);
  if (!student) throw new ApiFailure('not_found', `${detail.team.name} has no student "${username}".`);
  const own = student.username;
  const commits = detail.commits.filter((c) => c.username === own);
  const members = detail.team.members;
  return {
    course: detail.course,
    from: detail.from,
    to: detail.to,
    timeZone: detail.timeZone,
    team: { projectId, project: detail.team.project, name: detail.team.name, webUrl: detail.team.webUrl },
    student,
    teamCommits: members.reduce((sum, m) => sum + m.commits, 0),
    teamChangedLines: members.reduce((sum, m) => sum + m.additions + m.deletions, 0),
    teamWeekly: student.weekly.map((week, index) => ({
      weekStart: week.weekStart,
      commits: members.reduce((sum, m) => sum + (m.weekly[index]?.commits ?? 0), 0),
      changedLines: members.reduce((sum, m) => sum + (m.weekly[index]?.changedLines ?? 0), 0),
    })),
    heatmap: computeCommitHeatmap(
      commits.filter((c) => c.exclusionReason === null),
      detail.timeZone,
    ),
    commits,
    mergeRequests: detail.mergeRequests.filter((mr) => mr.author === own || mr.mergedBy === own || mr.reviewers.includes(own)),
    issues: issues.filter((issue) => issue.author === own || issue.closedBy === own),
  };
}
