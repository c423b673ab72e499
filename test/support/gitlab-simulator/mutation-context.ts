import type { SeededRandom } from '../../../electron/core/demo/seeded-random';
import { createUserRef } from '../../../electron/core/demo/team-context';
import type { RestUser, RestUserRef } from '../../../electron/core/demo/rest-types';
import type { MutableSimClock } from './sim-clock';
import type { SimProject, SimState } from './sim-state';

/** What every mutation helper needs: the data, the simulated clock and a seeded source of SHAs. */
export interface MutationContext {
  state: SimState;
  clock: MutableSimClock;
  random: SeededRandom;
}

/** The acting user: the given one, else the project's first student (never its bot). */
export function selectActor(context: MutationContext, project: SimProject, userId?: number): { user: RestUser; ref: RestUserRef } {
  const candidateId = userId ?? project.team.members.find((member) => !context.state.usersById.get(member.id)?.bot)?.id;
  const user = candidateId === undefined ? undefined : context.state.usersById.get(candidateId);
  if (!user) throw new Error(`The simulator has no user ${String(candidateId)}`);
  return { user, ref: createUserRef(user) };
}

export function touchProject(project: SimProject, at: string): void {
  if (at > project.team.project.last_activity_at) project.team.project.last_activity_at = at;
}
