import { memoizeByFacts } from './memoize-by-facts';
import type { TeamFacts } from './team-facts';

const tallyStatuses = memoizeByFacts((facts: TeamFacts) => {
  const tally = new Map<string, number>();
  for (const pipeline of facts.pipelines) tally.set(pipeline.status, (tally.get(pipeline.status) ?? 0) + 1);
  return tally;
});

/** How many of the window's pipelines ended with this status. */
export function countPipelinesByStatus(facts: TeamFacts, status: string): number {
  return tallyStatuses(facts).get(status) ?? 0;
}
