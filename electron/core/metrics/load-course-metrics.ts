import type { Course } from '../../../shared/domain/course';
import type { IdentityAlias } from '../../../shared/domain/identity';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { practiceNames, type PracticeVerdicts } from '../../../shared/domain/practices';
import type { MemberFact } from '../../../shared/metrics/contribution-facts';
import { findFailureEpisodes } from '../../../shared/metrics/failure-episodes';
import { computePipelineMetrics } from '../../../shared/metrics/registry';
import { computeTeamActivity } from '../../../shared/metrics/team-activity-metrics';
import { computeTeamContributions } from '../../../shared/metrics/team-contributions';
import { checkTeamPractices } from '../practices/check-team-practices';
import { poolTeamFacts, type TeamFacts } from '../../../shared/metrics/team-facts';
import type { Store } from '../store/create-store';
import type { StoredMemberFact } from '../store/queries/contribution-facts-query';
import { resolveMetricsWindow, type WindowRequest } from './resolve-metrics-window';

/** Attaches the course's aliases to each member by username (case-insensitive, as GitLab treats usernames). */
function attachAliases(members: readonly StoredMemberFact[], aliases: readonly IdentityAlias[]): MemberFact[] {
  const byUsername = new Map<string, IdentityAlias[]>();
  for (const alias of aliases) {
    const key = alias.username.toLowerCase();
    byUsername.set(key, [...(byUsername.get(key) ?? []), alias]);
  }
  return members.map((m) => {
    const own = byUsername.get(m.username.toLowerCase()) ?? [];
    return {
      ...m,
      aliasEmails: own.filter((a) => a.kind === 'email').map((a) => a.value),
      aliasNames: own.filter((a) => a.kind === 'name').map((a) => a.value),
    };
  });
}

/**
 * Loads each team's facts through the read-only queries, with the course's aliases and exclusions as
 * they are now, and applies the metric registry and the per-student formulas.
 */
export function loadCourseMetrics(store: Store, course: Course, request: WindowRequest = {}, nowMs = Date.now()): CourseMetrics {
  const window = resolveMetricsWindow(course, request, nowMs, request.window?.kind === 'iteration' ? store.iterations.listIterations(course.id) : []);
  const pipelines = store.queries.pipelineFacts.readPipelineFacts(course.id, window);
  const contributions = store.queries.contributionFacts.readContributionFacts(course.id, window);
  const aliases = store.identity.listAliases(course.id);
  const exclusions = store.exclusions.listExclusions(course.id);
  const excludedShas = new Set(exclusions.flatMap((e) => (e.kind === 'commit' ? [e.sha] : [])));
  const facts: TeamFacts[] = [];
  const teams = store.projects.listTeams(course.id).map((team) => {
    const teamFacts: TeamFacts = { window, defaultBranch: team.defaultBranch, pipelines: pipelines.get(team.projectId) ?? [] };
    facts.push(teamFacts);
    const pipelineValues = computePipelineMetrics(teamFacts);
    const stored = contributions.get(team.projectId);
    const perStudent = computeTeamContributions({
      window,
      members: attachAliases(stored?.members ?? [], aliases),
      commits: stored?.commits ?? [],
      mergeRequests: stored?.mergeRequests ?? [],
      issues: stored?.issues ?? [],
      notes: stored?.notes ?? [],
      failureEpisodes: findFailureEpisodes(teamFacts),
      pipelineCommits: stored?.pipelineCommits ?? new Map(),
      openFailureSinceS: pipelineValues.openFailureSinceS,
      exclusions: {
        commitShas: excludedShas,
        mergeRequestIids: new Set(exclusions.flatMap((e) => (e.kind === 'mergeRequest' && e.projectId === team.projectId ? [e.iid] : []))),
      },
    });
    const { checks } = checkTeamPractices({
      ciConfig: store.ciConfigs.readCiConfig(team.projectId),
      pipelinesInWindow: pipelineValues.total,
      latestCoverage: pipelineValues.latestCoverage,
      coverageThreshold: course.coverageThreshold,
    });
    const practices = Object.fromEntries(practiceNames.map((name) => [name, checks[name].passed])) as PracticeVerdicts;
    return {
      projectId: team.projectId,
      project: team.path,
      name: team.name,
      webUrl: team.webUrl,
      isReachable: team.isReachable,
      isArchived: team.isArchived,
      pipelines: pipelineValues,
      practices,
      ...perStudent,
      activity: computeTeamActivity(perStudent.members),
    };
  });
  return { course: course.name, from: window.from, to: window.to, teams, totals: computePipelineMetrics(poolTeamFacts(window, facts)) };
}
