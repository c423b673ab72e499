import type { RestPipelineSource, RestUserRef } from './rest-types';
import type { DraftPipelineStatus, PipelineDraft } from './pipeline-outcomes';
import { StreakModel } from './pipeline-outcomes';
import type { TeamContext } from './team-context';
import { computeSemesterProgress } from './team-context';
import { DAY_MS, SECOND_MS } from './timestamps';

export interface PipelineTrigger {
  ref: string;
  sha: string;
  beforeSha: string;
  source: RestPipelineSource;
  tag: boolean;
  isDefaultBranch: boolean;
  user: RestUserRef;
  commitTitle: string;
  timeMs: number;
}

const NO_SHA = '0000000000000000000000000000000000000000';

/** Collects one team's pipeline drafts and decides their outcomes in the order they run. */
export class PipelineQueue {
  readonly drafts: PipelineDraft[] = [];
  readonly mainOutcomes: StreakModel;

  constructor(private readonly context: TeamContext) {
    const { profile } = context;
    this.mainOutcomes = new StreakModel(context.random.fork('main-outcomes'), {
      failRate: profile.failRate,
      streakChance: profile.streakChance,
      streakLength: profile.streakLength,
      forcedStreak: profile.forcedStreak,
    });
  }

  /** Feature branches break more often than main and get their own streaks. */
  createBranchOutcomes(label: string): StreakModel {
    const { profile } = this.context;
    return new StreakModel(this.context.random.fork(label), {
      failRate: Math.min(0.6, profile.failRate * 1.4),
      streakChance: profile.streakChance,
      streakLength: [2, 3],
      forcedStreak: null,
    });
  }

  isCiActive(timeMs: number): boolean {
    const { profile, semesterStartMs, semesterEndMs, ciJobs } = this.context;
    // Late adopters still get CI before the end of a short semester.
    const startWeek = Math.min(profile.ciStartWeek, Math.floor(((semesterEndMs - semesterStartMs) / (7 * DAY_MS)) * 0.7));
    const hasEnded = profile.ciEndWeek !== null && timeMs >= semesterStartMs + profile.ciEndWeek * 7 * DAY_MS;
    return ciJobs.length > 0 && timeMs >= semesterStartMs + startWeek * 7 * DAY_MS && !hasEnded;
  }

  /** Picks the status a push pipeline ends with; canceled and skipped ones sit outside streaks. */
  decideStatus(trigger: PipelineTrigger, outcomes: StreakModel): DraftPipelineStatus {
    if (/\[(skip ci|ci skip)\]/.test(trigger.commitTitle)) return 'skipped';
    const day = Math.floor((trigger.timeMs - this.context.semesterStartMs) / DAY_MS);
    const wasInStreak = outcomes.isInStreak;
    const outcome = outcomes.decideOutcome(day);
    if (!wasInStreak && !outcomes.isInStreak && this.context.random.chance(0.04)) return 'canceled';
    return outcome;
  }

  queue(trigger: PipelineTrigger, status: DraftPipelineStatus): PipelineDraft | null {
    if (!this.isCiActive(trigger.timeMs)) return null;
    const draft: PipelineDraft = {
      teamIndex: this.context.teamIndex,
      projectId: this.context.project.id,
      createdMs: trigger.timeMs + this.context.random.int(1, 20) * SECOND_MS + this.context.random.int(0, 999),
      status,
      source: trigger.source,
      ref: trigger.ref,
      tag: trigger.tag,
      sha: trigger.sha,
      beforeSha: trigger.beforeSha || NO_SHA,
      user: trigger.user,
      commitTitle: trigger.commitTitle,
      isDefaultBranch: trigger.isDefaultBranch,
      progress: computeSemesterProgress(this.context, trigger.timeMs),
      seed: this.context.random.int(0, 0x7fffffff),
      id: 0,
      iid: 0,
    };
    this.drafts.push(draft);
    return draft;
  }

  /** The newest one or two pipelines of some teams are still running when the data is taken. */
  markLatestAsRunning(): void {
    const { random, semesterEndMs } = this.context;
    if (!random.chance(0.6)) return;
    const recent = [...this.drafts].sort((a, b) => b.createdMs - a.createdMs).slice(0, random.int(1, 2));
    for (const draft of recent) {
      if (draft.createdMs > semesterEndMs - 3 * DAY_MS && draft.status !== 'skipped') draft.status = 'running';
    }
  }
}
