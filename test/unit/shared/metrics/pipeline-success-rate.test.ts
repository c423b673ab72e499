import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePipelineSuccessRate } from '../../../../shared/metrics/pipeline-success-rate';

describe('computePipelineSuccessRate', () => {
  it('divides successes by finished pipelines (success, failed, canceled)', () => {
    expect(computePipelineSuccessRate({ total: 10, success: 6, failed: 2, canceled: 1 }).successRate).toBeCloseTo(6 / 9);
  });

  it('is null when no pipeline finished as success, failed or canceled', () => {
    expect(computePipelineSuccessRate({ total: 4, success: 0, failed: 0, canceled: 0 }).successRate).toBeNull();
  });

  it('always lies between 0 and 1 and keeps the counts it was given', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(500), (success, failed, canceled, other) => {
        const tally = { total: success + failed + canceled + other, success, failed, canceled };
        const result = computePipelineSuccessRate(tally);
        expect(result).toMatchObject(tally);
        if (success + failed + canceled === 0) expect(result.successRate).toBeNull();
        else {
          expect(result.successRate).toBeGreaterThanOrEqual(0);
          expect(result.successRate).toBeLessThanOrEqual(1);
          expect(result.successRate).toBeCloseTo(success / (success + failed + canceled));
        }
      }),
    );
  });
});
