import type { Course } from '../../../shared/domain/course';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { computePipelineMetrics } from '../../../shared/metrics/registry';
import { poolTeamFacts, type TeamFacts } from '../../../shared/metrics/team-facts';
import type { Store } from '../store/create-store';

/** Loads each team's facts through the read-only queries and applies the metric registry. */
export function loadCourseMetrics(store: Store, course: Course): CourseMetrics {
  const pipelines = store.queries.pipelineFacts.readPipelineFacts(course.id, { start: course.windowStart, end: course.windowEnd });
  const facts: TeamFacts[] = [];
  const teams = store.projects.listTeams(course.id).map((team) => {
    const teamFacts: TeamFacts = { pipelines: pipelines.get(team.projectId) ?? [] };
    facts.push(teamFacts);
    return {
      projectId: team.projectId,
      project: team.path,
      name: team.name,
      webUrl: team.webUrl,
      isReachable: team.isReachable,
      pipelines: computePipelineMetrics(teamFacts),
    };
  });
  return { course: course.name, teams, totals: computePipelineMetrics(poolTeamFacts(facts)) };
}
