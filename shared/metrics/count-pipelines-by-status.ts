import type { TeamFacts } from './team-facts';

/** How many of the window's pipelines ended with this status. */
export function countPipelinesByStatus(facts: TeamFacts, status: string): number {
  let count = 0;
  for (const pipeline of facts.pipelines) if (pipeline.status === status) count += 1;
  return count;
}
