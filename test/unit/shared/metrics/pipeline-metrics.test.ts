import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipelineCount } from '../../../../shared/metrics/pipeline-count';
import { pipelineSuccessRate } from '../../../../shared/metrics/pipeline-success-rate';
import { pipelinesCanceled } from '../../../../shared/metrics/pipelines-canceled';
import { pipelinesFailed } from '../../../../shared/metrics/pipelines-failed';
import { pipelinesSucceeded } from '../../../../shared/metrics/pipelines-succeeded';
import { computePipelineMetrics, pipelineMetrics } from '../../../../shared/metrics/registry';
import { poolTeamFacts, type PipelineFact, type TeamFacts } from '../../../../shared/metrics/team-facts';

const statuses = ['success', 'failed', 'canceled', 'skipped', 'manual', 'running', 'pending', 'created'] as const;
const window = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
const pipelineArb = fc.record({
  id: fc.nat(),
  status: fc.constantFrom(...statuses),
  ref: fc.constant('main'),
  createdAt: fc.constant('2026-03-01T10:00:00.000Z'),
  finishedAt: fc.constant(null),
  durationS: fc.constant(null),
  coverage: fc.constant(null),
});
const factsArb = fc.array(pipelineArb, { maxLength: 200 }).map((pipelines): TeamFacts => ({ window, defaultBranch: 'main', pipelines }));

function facts(...list: string[]): TeamFacts {
  return {
    window,
    defaultBranch: 'main',
    pipelines: list.map((status, id): PipelineFact => ({
      id,
      status,
      ref: 'main',
      createdAt: '2026-03-01T10:00:00.000Z',
      finishedAt: null,
      durationS: null,
      coverage: null,
    })),
  };
}

describe('the pipeline counts', () => {
  it('count each status on its own and every pipeline in the total', () => {
    const team = facts('success', 'success', 'failed', 'canceled', 'skipped', 'running');
    expect(pipelineCount.compute(team)).toBe(6);
    expect(pipelinesSucceeded.compute(team)).toBe(2);
    expect(pipelinesFailed.compute(team)).toBe(1);
    expect(pipelinesCanceled.compute(team)).toBe(1);
  });

  it('never count more of one status than there are pipelines, and add up to at most the total', () => {
    fc.assert(
      fc.property(factsArb, (team) => {
        const total = pipelineCount.compute(team);
        const parts = [pipelinesSucceeded, pipelinesFailed, pipelinesCanceled].map((m) => m.compute(team));
        for (const part of parts) expect(part).toBeGreaterThanOrEqual(0);
        expect(parts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total);
        expect(total).toBe(team.pipelines.length);
      }),
    );
  });
});

describe('the pipeline success rate', () => {
  it('divides successes by finished pipelines (success, failed, canceled)', () => {
    expect(pipelineSuccessRate.compute(facts('success', 'success', 'failed', 'canceled', 'skipped'))).toBeCloseTo(2 / 4);
  });

  it('is null when no pipeline finished as success, failed or canceled', () => {
    expect(pipelineSuccessRate.compute(facts('skipped', 'manual', 'running'))).toBeNull();
    expect(pipelineSuccessRate.compute(facts())).toBeNull();
  });

  it('always lies between 0 and 1 and ignores pipelines that did not finish', () => {
    fc.assert(
      fc.property(factsArb, fc.array(fc.constantFrom('skipped', 'manual', 'running'), { maxLength: 20 }), (team, unfinished) => {
        const rate = pipelineSuccessRate.compute(team);
        const extra = unfinished.map((status, i) => ({
          id: 10_000 + i,
          status,
          ref: 'main',
          createdAt: '2026-03-02T00:00:00.000Z',
          finishedAt: null,
          durationS: null,
          coverage: null,
        }));
        const withUnfinished = { ...team, pipelines: [...team.pipelines, ...extra] };
        expect(pipelineSuccessRate.compute(withUnfinished)).toBe(rate);
        if (rate !== null) {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('the registry', () => {
  it('gives every metric a unique id, a label and a definition', () => {
    const ids = pipelineMetrics.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const metric of pipelineMetrics) {
      expect(metric.label.trim()).not.toBe('');
      expect(metric.definition.length).toBeGreaterThan(20);
    }
  });

  it('computes one value per metric, the same as each metric alone', () => {
    fc.assert(
      fc.property(factsArb, (team) => {
        const values = computePipelineMetrics(team);
        expect(Object.keys(values)).toEqual(pipelineMetrics.map((m) => m.id));
        for (const metric of pipelineMetrics) expect(values[metric.id]).toBe(metric.compute(team));
      }),
    );
  });

  it('pools teams so counts add up and the course rate is over every finished pipeline', () => {
    fc.assert(
      fc.property(fc.array(factsArb, { maxLength: 6 }), (teams) => {
        const pooled = computePipelineMetrics(poolTeamFacts(window, teams));
        const perTeam = teams.map(computePipelineMetrics);
        expect(pooled.total).toBe(perTeam.reduce((sum, t) => sum + t.total, 0));
        expect(pooled.success).toBe(perTeam.reduce((sum, t) => sum + t.success, 0));
        const finished = perTeam.reduce((sum, t) => sum + t.success + t.failed + t.canceled, 0);
        expect(pooled.successRate).toBe(finished === 0 ? null : pooled.success / finished);
      }),
    );
  });
});
