import type { Course } from './course';

/**
 * Why a course's figures cannot be trusted yet: its first sync never finished. `not-synced` means no
 * sync has stored a team yet; `stopped` that one stored some and was cancelled or killed; `failed`
 * that the last attempt failed with `lastSyncError`. `since` is when the course was added: the figures
 * have been partial from then on.
 */
export interface IncompleteFigures {
  reason: 'not-synced' | 'stopped' | 'failed';
  since: string;
}

/** Null once a sync of the course has finished (after that, figures are stale at worst, never partial); the demo is always whole. */
export function findIncompleteFigures(course: Pick<Course, 'isDemo' | 'lastSyncedAt' | 'lastSyncError' | 'teamCount' | 'createdAt'>): IncompleteFigures | null {
  if (course.isDemo || course.lastSyncedAt !== null) return null;
  const reason = course.lastSyncError !== null ? 'failed' : course.teamCount > 0 ? 'stopped' : 'not-synced';
  return { reason, since: course.createdAt };
}

const reasonTexts: Record<IncompleteFigures['reason'], string> = {
  'not-synced': 'the course has not been synced yet',
  stopped: 'its first sync was stopped before it finished',
  failed: 'its first sync failed',
};

/**
 * One sentence for every place that shows the figures (CLI, app, exported sheet), with what to do;
 * `formatTime` renders `since` for the reader (local time on a terminal, the app's date format).
 */
export function describeIncompleteFigures(incomplete: IncompleteFigures, formatTime: (iso: string) => string): string {
  return `Figures are incomplete since ${formatTime(incomplete.since)}: ${reasonTexts[incomplete.reason]}. Sync the course to complete them.`;
}

/**
 * How the core's refusal to export incomplete figures ends: the app recognises it by this sentence to
 * offer exporting anyway, the CLI replaces it with the flag that does that.
 */
export const exportAnywayHint = 'Or export anyway, marked as incomplete.';
