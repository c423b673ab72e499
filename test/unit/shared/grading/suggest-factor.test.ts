import { describe, expect, it } from 'vitest';
import { suggestFactor } from '../../../../shared/grading/suggest-factor';

describe('the suggested per-student factor', () => {
  it('is the share over an equal split: a third of the work in a team of three is 1', () => {
    expect(suggestFactor(1 / 3, 1 / 3, 3).factor).toBe(1);
  });

  it('averages the commit and line shares: (0.4 + 0.3) / 2 x 3 = 1.05', () => {
    expect(suggestFactor(0.4, 0.3, 3)).toEqual({ factor: 1.05, basis: 'mean of commit and line share 35 % of 3 students = 1.05 x an equal split' });
  });

  it('is clamped to 0.8 and 1.2', () => {
    expect(suggestFactor(0.05, 0.05, 4).factor).toBe(0.8);
    expect(suggestFactor(0.9, 0.9, 4).factor).toBe(1.2);
  });

  it('uses the one share there is, and suggests nothing without commits', () => {
    expect(suggestFactor(0.3, null, 3).factor).toBe(0.9);
    expect(suggestFactor(null, null, 3)).toEqual({ factor: null, basis: 'no counted commits in the team' });
  });
});
