import type { Course } from '../../../shared/domain/course';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { practiceNames, type PracticeVerdicts } from '../../../shared/domain/practices';
import { computePipelineMetrics } from '../../../shared/metrics/registry';
import { checkTeamPractices } from '../practices/check-team-practices';
import { poolTeamFacts, type TeamFacts } from '../../../shared/metrics/team-facts';
import type { Store } from '../store/create-store';
import { resolveMetricsWindow, type WindowRequest } from './resolve-metrics-window';

/** Loads each team's facts through the read-only queries and applies the metric registry. */
export function loadCourseMetrics(store: Store, course: Course, request: WindowRequest = {}, nowMs = Date.now()): CourseMetrics {
  const window = resolveMetricsWindow(course, request, nowMs);
  const pipelines = store.queries.pipelineFacts.readPipelineFacts(course.id, window);
  const facts: TeamFacts[] = [];
  const teams = store.projects.listTeams(course.id).map((team) => {
    const teamFacts: TeamFacts = { window, defaultBranch: team.defaultBranch, pipelines: pipelines.get(team.projectId) ?? [] };
    facts.push(teamFacts);
    const values = computePipelineMetrics(teamFacts);
    const { checks } = checkTeamPractices({
      ciConfig: store.ciConfigs.readCiConfig(team.projectId),
      pipelinesInWindow: values.total,
      latestCoverage: values.latestCoverage,
      coverageThreshold: course.coverageThreshold,
    });
    const practices = Object.fromEntries(practiceNames.map((name) => [name, checks[name].passed])) as PracticeVerdicts;
    return {
      projectId: team.projectId,
      project: team.path,
      name: team.name,
      webUrl: team.webUrl,
      isReachable: team.isReachable,
      pipelines: values,
      practices,
    };
  });
  return { course: course.name, from: window.from, to: window.to, teams, totals: computePipelineMetrics(poolTeamFacts(window, facts)) };
}
