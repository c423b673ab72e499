import type { Course } from '../../../shared/domain/course';
import { formatAbsoluteTime, formatRelativeTime } from './format-relative-time';
import { useNow } from './useNow';

export function LastSynced({ course }: { course: Course }) {
  const now = useNow();
  if (course.isDemo) return <span>generated demo data</span>;
  if (course.lastSyncedAt === null) return <span>never synced</span>;
  return (
    <time dateTime={course.lastSyncedAt} title={formatAbsoluteTime(course.lastSyncedAt)}>
      Last synced {formatRelativeTime(course.lastSyncedAt, now)}
    </time>
  );
}
