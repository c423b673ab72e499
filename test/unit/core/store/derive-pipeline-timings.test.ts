import { describe, expect, it } from 'vitest';
import { derivePipelineTimings } from '../../../../electron/core/store/pipelines-repo';
import type { JobRow } from '../../../../electron/core/store/rows/pipeline-rows';

const job = (started: string | null, finished: string | null, coverage: number | null): JobRow => ({
  gitlabId: 1,
  pipelineId: 9,
  name: 'test',
  stage: 'test',
  status: 'success',
  isAllowedToFail: false,
  duration: null,
  coverage,
  createdAt: null,
  startedAt: started,
  finishedAt: finished,
  webUrl: null,
  failureReason: null,
  queuedDuration: null,
});

describe('derivePipelineTimings', () => {
  it('spans from the first job start to the last job end and averages the jobs that report coverage', () => {
    const timings = derivePipelineTimings([
      job('2026-03-01T10:00:10.000Z', '2026-03-01T10:02:00.000Z', 80),
      job('2026-03-01T10:00:00.000Z', '2026-03-01T10:05:00.000Z', null),
      job('2026-03-01T10:01:00.000Z', '2026-03-01T10:03:00.000Z', 70.555),
    ]);
    expect(timings).toEqual({ startedAt: '2026-03-01T10:00:00.000Z', finishedAt: '2026-03-01T10:05:00.000Z', duration: 300, coverage: 75.28 });
  });

  it('leaves everything unknown for a pipeline whose jobs never ran', () => {
    expect(derivePipelineTimings([job(null, null, null)])).toEqual({ startedAt: null, finishedAt: null, duration: null, coverage: null });
    expect(derivePipelineTimings([])).toEqual({ startedAt: null, finishedAt: null, duration: null, coverage: null });
  });
});
