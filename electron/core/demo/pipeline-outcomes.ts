import type { RestPipelineSource, RestUserRef } from './rest-types';
import type { SeededRandom } from './seeded-random';

export type DraftPipelineStatus = 'success' | 'failed' | 'canceled' | 'skipped' | 'running';

/**
 * A pipeline decided during the team simulation, before ids exist. Ids are handed out across the
 * whole course in time order afterwards, then jobs and timings are built from the draft.
 */
export interface PipelineDraft {
  teamIndex: number;
  projectId: number;
  createdMs: number;
  status: DraftPipelineStatus;
  source: RestPipelineSource;
  ref: string;
  tag: boolean;
  sha: string;
  beforeSha: string;
  user: RestUserRef;
  commitTitle: string;
  isDefaultBranch: boolean;
  /** Position in the semester, 0 at the start and 1 at the end; drives coverage and test counts. */
  progress: number;
  /** Seeds the draft's own random stream, so its jobs do not depend on other teams. */
  seed: number;
  id: number;
  iid: number;
}

export interface StreakSettings {
  failRate: number;
  streakChance: number;
  streakLength: [number, number];
  forcedStreak: { day: number; length: number } | null;
}

/**
 * Decides pass or fail for successive pipelines of one ref. Real teams break a build and then stay
 * red for several pushes until someone fixes it, so failures come in streaks, not independently.
 */
export class StreakModel {
  private remainingFailures = 0;
  private isForcedStreakUsed = false;

  constructor(
    private readonly random: SeededRandom,
    private readonly settings: StreakSettings,
  ) {}

  get isInStreak(): boolean {
    return this.remainingFailures > 0;
  }

  decideOutcome(semesterDay: number): 'success' | 'failed' {
    const forced = this.settings.forcedStreak;
    if (forced && !this.isForcedStreakUsed && semesterDay >= forced.day) {
      this.isForcedStreakUsed = true;
      this.remainingFailures = forced.length;
    }
    if (this.remainingFailures > 0) {
      this.remainingFailures -= 1;
      return 'failed';
    }
    if (this.random.chance(this.settings.failRate)) {
      if (this.random.chance(this.settings.streakChance)) {
        const [min, max] = this.settings.streakLength;
        this.remainingFailures = this.random.int(min, max) - 1;
      }
      return 'failed';
    }
    return 'success';
  }
}
