import type { RestProject, RestUser, RestUserRef } from './rest-types';
import type { CiJobTemplate } from './ci-config';
import type { CommitSignature } from './commit-graph';
import type { PersonIdentity } from './people-pool';
import type { SeededRandom } from './seeded-random';
import type { TeamProfile } from './team-profiles';

export interface TeamStudent {
  user: RestUser;
  ref: RestUserRef;
  identity: PersonIdentity;
  /** Relative share of the team's work. */
  weight: number;
}

/** Everything the per-team generators share while one team's semester is simulated. */
export interface TeamContext {
  teamIndex: number;
  random: SeededRandom;
  profile: TeamProfile;
  project: RestProject;
  students: TeamStudent[];
  staff: TeamStudent[];
  semesterStartMs: number;
  semesterEndMs: number;
  activityScale: number;
  ciJobs: CiJobTemplate[];
}

export function createUserRef(user: RestUser): RestUserRef {
  return { id: user.id, username: user.username, name: user.name, state: user.state, locked: false, avatar_url: user.avatar_url, web_url: user.web_url };
}

export function pickStudent(context: TeamContext): TeamStudent {
  return context.random.pickWeighted(
    context.students,
    context.students.map((student) => student.weight),
  );
}

export function pickOtherStudent(context: TeamContext, except: TeamStudent): TeamStudent | null {
  const others = context.students.filter((student) => student !== except);
  return others.length === 0 ? null : context.random.pick(others);
}

export function signCommit(context: TeamContext, student: TeamStudent): CommitSignature {
  return {
    name: student.identity.name,
    email: context.random.pick(student.identity.commitEmails),
    utcOffsetMinutes: student.identity.utcOffsetMinutes,
  };
}

export function computeSemesterProgress(context: TeamContext, timeMs: number): number {
  const span = context.semesterEndMs - context.semesterStartMs;
  return Math.min(1, Math.max(0, (timeMs - context.semesterStartMs) / span));
}
