import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Course } from '../../../../shared/domain/course';
import { createSyncScheduler } from '../../../../electron/core/scheduler/sync-scheduler';

const start = Date.parse('2026-03-02T08:00:00Z');

let nextId = 1;

function makeCourse(name: string, patch: Partial<Course> = {}): Course {
  return {
    id: nextId++,
    name,
    gitlabUrl: 'https://gitlab.example.edu',
    source: { kind: 'group', groupPath: 'g' },
    isDemo: false,
    teamCount: 1,
    lastSyncedAt: new Date(start - 10 * 60_000).toISOString(),
    createdAt: new Date(start).toISOString(),
    windowStart: null,
    windowEnd: null,
    syncIntervalMinutes: 60,
    lastSyncError: null,
    coverageThreshold: 60,
    timeZone: null,
    ...patch,
  };
}

describe('createSyncScheduler', () => {
  let courses: Course[];
  let runs: string[];
  let syncing: Set<string>;
  let failing: Set<string>;

  beforeEach(() => {
    vi.useFakeTimers({ now: start });
    runs = [];
    syncing = new Set();
    failing = new Set();
  });
  afterEach(() => vi.useRealTimers());

  function startScheduler() {
    const scheduler = createSyncScheduler({
      listCourses: () => courses,
      isSyncing: (id) => courses.some((c) => c.id === id && syncing.has(c.name)),
      runSync: async (course) => {
        runs.push(course.name);
        if (failing.has(course.name)) return false;
        courses = courses.map((c) => (c.id === course.id ? { ...c, lastSyncedAt: new Date(Date.now()).toISOString() } : c));
        return true;
      },
    });
    scheduler.start();
    return scheduler;
  }

  it('syncs a course whose data went stale while the app was closed, right at start', async () => {
    courses = [makeCourse('stale', { lastSyncedAt: new Date(start - 3 * 3_600_000).toISOString() }), makeCourse('fresh')];
    const scheduler = startScheduler();
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toEqual(['stale']);
    scheduler.stop();
  });

  it('syncs again every interval, and never the demo or a course with the schedule off', async () => {
    courses = [
      makeCourse('fresh'),
      makeCourse('demo', { isDemo: true, syncIntervalMinutes: null }),
      makeCourse('off', { syncIntervalMinutes: null, lastSyncedAt: null }),
    ];
    const scheduler = startScheduler();
    await vi.advanceTimersByTimeAsync(49 * 60_000);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(runs).toEqual(['fresh']);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(runs).toEqual(['fresh', 'fresh']);
    expect(scheduler.nextSyncAt(courses[0] as Course)).toBe(new Date(Date.parse(courses[0]?.lastSyncedAt ?? '') + 3_600_000).toISOString());
    expect(scheduler.nextSyncAt(courses[2] as Course)).toBeNull();
    scheduler.stop();
  });

  it('does not start a course that is already syncing', async () => {
    courses = [makeCourse('busy', { lastSyncedAt: null })];
    syncing.add('busy');
    const scheduler = startScheduler();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(runs).toEqual([]);
    syncing.clear();
    await vi.advanceTimersByTimeAsync(61_000);
    expect(runs).toEqual(['busy']);
    scheduler.stop();
  });

  it('catches up shortly after the laptop wakes from sleep', async () => {
    courses = [makeCourse('c')];
    const scheduler = startScheduler();
    await vi.advanceTimersByTimeAsync(10);
    // Sleep: the clock jumps two hours without the timers firing.
    vi.setSystemTime(start + 2 * 3_600_000);
    scheduler.notifyResumed();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toEqual(['c']);
    scheduler.stop();
  });

  it('backs off from a course whose sync keeps failing instead of retrying it every minute', async () => {
    courses = [makeCourse('broken', { lastSyncedAt: null })];
    failing.add('broken');
    const scheduler = startScheduler();
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(runs).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(8 * 60_000);
    expect(runs).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(runs).toHaveLength(3);
    failing.clear();
    await vi.advanceTimersByTimeAsync(21 * 60_000);
    expect(runs).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(runs).toHaveLength(4);
    scheduler.stop();
  });

  it('stops for good when stopped', async () => {
    courses = [makeCourse('c', { lastSyncedAt: null })];
    const scheduler = startScheduler();
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(3 * 3_600_000);
    expect(runs).toEqual([]);
  });
});
