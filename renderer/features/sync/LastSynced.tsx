import type { Course } from '../../../shared/domain/course';
import { formatAbsoluteTime, formatRelativeTime } from '../../format/format-relative-time';

export function LastSynced({ course, now }: { course: Course; now: number }) {
  if (course.isDemo) return <span>Generated demo data, nothing to sync</span>;
  if (course.lastSyncedAt === null) return <span>Never synced</span>;
  return (
    <time dateTime={course.lastSyncedAt} title={formatAbsoluteTime(course.lastSyncedAt)}>
      Last synced {formatRelativeTime(course.lastSyncedAt, now)}
    </time>
  );
}
