/** One job's running interval, UTC ISO 8601; either end may be missing for a job that never ran. */
export interface JobInterval {
  startedAt: string | null;
  finishedAt: string | null;
}

/**
 * A pipeline's duration as GitLab defines it: the length, in seconds, of the union of its jobs'
 * running intervals, so time spent queued and gaps between stages do not count and parallel jobs
 * count once. Null when no job both started and finished.
 */
export function computePipelineDuration(jobs: readonly JobInterval[]): number | null {
  const intervals: Array<[number, number]> = [];
  for (const job of jobs) {
    if (job.startedAt === null || job.finishedAt === null) continue;
    const start = Date.parse(job.startedAt);
    const end = Date.parse(job.finishedAt);
    if (Number.isFinite(start) && Number.isFinite(end) && end >= start) intervals.push([start, end]);
  }
  if (intervals.length === 0) return null;
  intervals.sort((a, b) => a[0] - b[0]);
  let totalMs = 0;
  let [runStart, runEnd] = intervals[0] ?? [0, 0];
  for (const [start, end] of intervals.slice(1)) {
    if (start > runEnd) {
      totalMs += runEnd - runStart;
      runStart = start;
      runEnd = end;
    } else if (end > runEnd) runEnd = end;
  }
  totalMs += runEnd - runStart;
  return totalMs / 1000;
}
