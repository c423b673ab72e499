import type { Course } from '../../../shared/domain/course';
import type { Exclusion, IdentityAlias } from '../../../shared/domain/identity';
import { practiceNames, type PracticeVerdicts } from '../../../shared/domain/practices';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import type { ContributionFacts, MemberFact } from '../../../shared/metrics/contribution-facts';
import { findFailureEpisodes } from '../../../shared/metrics/failure-episodes';
import { computePipelineMetrics } from '../../../shared/metrics/registry';
import { computeTeamActivity } from '../../../shared/metrics/team-activity-metrics';
import { computeTeamContributions } from '../../../shared/metrics/team-contributions';
import type { FactWindow, PipelineFact, TeamFacts } from '../../../shared/metrics/team-facts';
import { checkTeamPractices, type TeamPracticeReport } from '../practices/check-team-practices';
import type { CiConfigRecord } from '../store/ci-configs-repo';
import type { TeamRow } from '../store/projects-repo';
import type { ProjectContributionFacts, StoredMemberFact } from '../store/queries/contribution-facts-query';

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

export interface TeamInputs {
  course: Course;
  team: TeamRow;
  window: FactWindow;
  pipelines: readonly PipelineFact[];
  stored: ProjectContributionFacts | undefined;
  ciConfig: CiConfigRecord | null;
  aliases: readonly IdentityAlias[];
  exclusions: readonly Exclusion[];
}

export interface BuiltTeam {
  metrics: TeamMetrics;
  pipelineFacts: TeamFacts;
  contributionFacts: ContributionFacts;
  practices: TeamPracticeReport;
}

/**
 * One team's figures from its loaded facts, with the course's aliases and exclusions as they are now:
 * the metric registry, the per-student formulas and the practice checks. metrics.course calls it for
 * every team, metrics.team for the one it shows, so the two never disagree.
 */
export function buildTeamMetrics(inputs: TeamInputs): BuiltTeam {
  const { team, window, stored, exclusions } = inputs;
  const pipelineFacts: TeamFacts = { window, defaultBranch: team.defaultBranch, pipelines: inputs.pipelines };
  const pipelineValues = computePipelineMetrics(pipelineFacts);
  const contributionFacts: ContributionFacts = {
    window,
    members: attachAliases(stored?.members ?? [], inputs.aliases),
    commits: stored?.commits ?? [],
    mergeRequests: stored?.mergeRequests ?? [],
    issues: stored?.issues ?? [],
    notes: stored?.notes ?? [],
    failureEpisodes: findFailureEpisodes(pipelineFacts),
    pipelineCommits: stored?.pipelineCommits ?? new Map(),
    openFailureSinceS: pipelineValues.openFailureSinceS,
    exclusions: {
      commitShas: new Set(exclusions.flatMap((e) => (e.kind === 'commit' ? [e.sha] : []))),
      mergeRequestIids: new Set(exclusions.flatMap((e) => (e.kind === 'mergeRequest' && e.projectId === team.projectId ? [e.iid] : []))),
    },
  };
  const practices = checkTeamPractices({
    ciConfig: inputs.ciConfig,
    pipelinesInWindow: pipelineValues.total,
    latestCoverage: pipelineValues.latestCoverage,
    coverageThreshold: inputs.course.coverageThreshold,
  });
  const verdicts = Object.fromEntries(practiceNames.map((name) => [name, practices.checks[name].passed])) as PracticeVerdicts;
  const contributions = computeTeamContributions(contributionFacts);
  const metrics: TeamMetrics = {
    projectId: team.projectId,
    project: team.path,
    name: team.name,
    webUrl: team.webUrl,
    isReachable: team.isReachable,
    isArchived: team.isArchived,
    pipelines: pipelineValues,
    practices: verdicts,
    ...contributions,
    activity: computeTeamActivity(contributions.members),
  };
  return { metrics, pipelineFacts, contributionFacts, practices };
}
