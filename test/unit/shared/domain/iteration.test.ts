import { describe, expect, it } from 'vitest';
import { describeIterationListProblem, describeIterationProblem, normalizeIteration } from '../../../../shared/domain/iteration';

describe('iteration checks', () => {
  it('accepts a named iteration whose end is after its start', () => {
    expect(describeIterationProblem({ name: 'Iteration 1', start: '2026-09-01', end: '2026-09-28' })).toBeNull();
  });

  it('refuses an empty name, impossible days and an end not after the start', () => {
    expect(describeIterationProblem({ name: '  ', start: '2026-09-01', end: '2026-09-28' })).toBe('Iteration name is empty');
    expect(describeIterationProblem({ name: 'I1', start: '2026-02-30', end: '2026-03-28' })).toBe('"I1" starts on 2026-02-30 is not a date (YYYY-MM-DD)');
    expect(describeIterationProblem({ name: 'I1', start: '2026-03-01', end: '2026-13-01' })).toBe('"I1" ends on 2026-13-01 is not a date (YYYY-MM-DD)');
    expect(describeIterationProblem({ name: 'I1', start: '2026-03-01', end: '2026-03-01' })).toBe(
      '"I1" ends on 2026-03-01, which is not after its start 2026-03-01',
    );
  });

  it('refuses two iterations with the same name, whatever the case and spaces', () => {
    expect(
      describeIterationListProblem([
        { name: 'Sprint 1', start: '2026-09-01', end: '2026-09-14' },
        { name: ' sprint 1', start: '2026-09-15', end: '2026-09-28' },
      ]),
    ).toBe('Two iterations are named "sprint 1"; give each its own name');
  });

  it('takes a weight from 0 to 100, 1 when left out, and names the iteration when one is not', () => {
    const sprint = { name: 'Sprint 1', start: '2026-09-01', end: '2026-09-14' };
    expect(describeIterationProblem({ ...sprint, weight: 0 })).toBeNull();
    expect(describeIterationProblem({ ...sprint, weight: 100 })).toBeNull();
    expect(normalizeIteration(sprint).weight).toBe(1);
    expect(normalizeIteration({ ...sprint, weight: 2.5 }).weight).toBe(2.5);
    expect(describeIterationProblem({ ...sprint, weight: -1 })).toBe('The weight of "Sprint 1" is -1; it must be from 0 to 100');
    expect(describeIterationProblem({ ...sprint, weight: 101 })).toBe('The weight of "Sprint 1" is 101; it must be from 0 to 100');
    for (const weight of ['3', null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(describeIterationProblem({ ...sprint, weight }), String(weight)).toBe('The weight of "Sprint 1" must be a number from 0 to 100');
    }
  });
});
