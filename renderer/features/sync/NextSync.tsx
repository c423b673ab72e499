import type { Course } from '../../../shared/domain/course';
import type { SyncStatus } from '../../../shared/domain/sync';
import { formatAbsoluteTime, formatRelativeTime } from '../../format/format-relative-time';
import { describeInterval } from './describe-interval';

export interface NextSyncProps {
  course: Course;
  /** From sync.status; undefined until it answered (or when it could not). */
  status: SyncStatus | undefined;
  now: number;
}

/** "Next sync in 12 minutes", "Scheduled sync off", or the interval alone when the schedule's status is unknown. */
export function NextSync({ course, status, now }: NextSyncProps) {
  if (course.syncIntervalMinutes === null) return <span>Scheduled sync off</span>;
  const nextSyncAt = status?.nextSyncAt ?? null;
  if (nextSyncAt === null) return <span>Syncs {describeInterval(course.syncIntervalMinutes)}</span>;
  const isDue = Date.parse(nextSyncAt) <= now;
  return (
    <time dateTime={nextSyncAt} title={`${formatAbsoluteTime(nextSyncAt)} · syncs ${describeInterval(course.syncIntervalMinutes)}`}>
      {isDue ? 'Next sync due now' : `Next sync ${formatRelativeTime(nextSyncAt, now)}`}
    </time>
  );
}
