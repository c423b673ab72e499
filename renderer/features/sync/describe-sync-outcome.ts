import { splitPlatformDetail } from '../../components/describe-api-error';
import type { SyncOutcome } from './sync-store';
import { formatCount } from '../../format/format-count';

export interface OutcomeText {
  tone: 'good' | 'bad' | 'neutral';
  title: string;
  detail: string | undefined;
}

/** The line shown for a few seconds after a sync ends: "Synced 6 teams", the error, or a cancel note. */
export function describeSyncOutcome(outcome: SyncOutcome): OutcomeText {
  if (!outcome.ok) {
    if (outcome.error?.code === 'cancelled') {
      return { tone: 'neutral', title: 'Sync cancelled', detail: 'What it fetched before stopping is kept.' };
    }
    // The raw platform report stays behind the course's "Last sync failed" details; this line is read in passing.
    return { tone: 'bad', title: 'Sync failed', detail: outcome.error ? splitPlatformDetail(outcome.error.message).text : 'The core gave no reason.' };
  }
  const summary = outcome.summary;
  const teams = summary?.stored.projects ?? outcome.teamsTotal;
  const title = teams === undefined ? 'Sync finished' : `Synced ${formatCount(teams, 'team', 'teams')}`;
  if (!summary) return { tone: 'good', title, detail: undefined };
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const failed = summary.failedTeams.length;
  return {
    // Teams left out mean figures are missing: not a success to wave through.
    tone: failed > 0 ? 'bad' : 'good',
    title: failed > 0 && teams !== undefined ? `Synced ${teams - failed} of ${formatCount(teams, 'team', 'teams')}` : title,
    detail: `${formatCount(summary.requests, 'request', 'requests')} in ${seconds} s · ${formatCount(summary.fetched.pipelines, 'pipeline', 'pipelines')} received`,
  };
}
