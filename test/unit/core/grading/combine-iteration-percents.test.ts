import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineIterationPercents } from '../../../../electron/core/grading/compute-course-total';

describe('combineIterationPercents', () => {
  it('weights each percent: 1 × 50 and 3 × 90 make 80', () => {
    expect(
      combineIterationPercents([
        { weight: 1, percent: 50 },
        { weight: 3, percent: 90 },
      ]),
    ).toBe(80);
  });

  it('leaves out an iteration with the weight 0', () => {
    expect(
      combineIterationPercents([
        { weight: 2, percent: 70 },
        { weight: 0, percent: 0 },
      ]),
    ).toBe(70);
  });

  it('rounds to one decimal: thirds of 100, 0 and 0 make 33.3', () => {
    expect(
      combineIterationPercents([
        { weight: 1, percent: 100 },
        { weight: 1, percent: 0 },
        { weight: 1, percent: 0 },
      ]),
    ).toBe(33.3);
  });

  it('stays between the lowest and the highest percent counted', () => {
    const result = fc.array(fc.record({ weight: fc.double({ min: 0.01, max: 100, noNaN: true }), percent: fc.double({ min: 0, max: 120, noNaN: true }) }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(result, (results) => {
        const combined = combineIterationPercents(results);
        const percents = results.map((r) => r.percent);
        return combined >= Math.min(...percents) - 0.05 && combined <= Math.max(...percents) + 0.05;
      }),
    );
  });
});
