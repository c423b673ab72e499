import type { Course } from '../../../shared/domain/course';
import { describeIncompleteFigures, findIncompleteFigures } from '../../../shared/domain/incomplete-figures';

const timeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "16 Feb 2026, 14:05" in this computer's time zone, as the instructor's clock reads. */
function formatLocalTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : timeFormat.format(time);
}

/**
 * Above every view of a course whose first sync never finished: zeros there are missing data, not
 * results (the same sentence the CLI prints and an exported sheet carries). Nothing once a sync finished.
 */
export function IncompleteFiguresBanner({ course }: { course: Course }) {
  const incomplete = findIncompleteFigures(course);
  if (!incomplete) return null;
  return (
    <p className="incomplete-figures" role="status">
      {describeIncompleteFigures(incomplete, formatLocalTime)}
    </p>
  );
}
