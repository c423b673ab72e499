import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeBurstMs, createChangeRouter } from '../../renderer/app/refresh-on-change';

describe('createChangeRouter', () => {
  let refreshed: string[];
  let settled: number;

  beforeEach(() => {
    vi.useFakeTimers();
    refreshed = [];
    settled = 0;
  });
  afterEach(() => vi.useRealTimers());

  function makeRouter() {
    const depend = (name: string, tables: Parameters<typeof createChangeRouter>[0][number]['dependsOn']) => ({
      dependsOn: tables,
      refresh: async () => {
        refreshed.push(name);
      },
    });
    return createChangeRouter(
      [depend('courses', ['courses']), depend('metrics', ['pipelines', 'courses']), depend('roster', ['members'])],
      () => (settled += 1),
    );
  }

  it('refreshes only the stores that read a written table, once per burst of commits', async () => {
    const router = makeRouter();
    router.noteChanged(['pipelines']);
    router.noteChanged(['pipelines', 'jobs']);
    router.noteChanged(['pipelines']);
    await vi.advanceTimersByTimeAsync(changeBurstMs);
    expect(refreshed).toEqual(['metrics']);
    expect(settled).toBe(1);
  });

  it('refreshes everything when the event stream reconnected (an empty list)', async () => {
    const router = makeRouter();
    router.noteChanged([]);
    await vi.advanceTimersByTimeAsync(changeBurstMs);
    expect(refreshed.sort()).toEqual(['courses', 'metrics', 'roster']);
  });

  it('refreshes nothing for a table no store reads', async () => {
    const router = makeRouter();
    router.noteChanged(['audit_log']);
    await vi.advanceTimersByTimeAsync(changeBurstMs);
    expect(refreshed).toEqual([]);
  });
});
