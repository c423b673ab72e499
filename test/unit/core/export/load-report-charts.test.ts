import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/open-core';
import { loadReportCharts } from '../../../../electron/core/export/load-report-charts';
import { createStore, type Store } from '../../../../electron/core/store/create-store';
import { makeTempDir } from '../../../support/temp-dir';

describe('loadReportCharts on the demo course', () => {
  const temp = makeTempDir();
  let store: Store;

  beforeAll(async () => {
    const core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: 'unused-by-these-tests' } });
    const demo = await core.call('courses.createDemo', {});
    expect(demo.ok).toBe(true);
    core.close();
    store = createStore(temp.path);
  });
  afterAll(() => {
    store.close();
    temp.cleanup();
  });

  it('gives every team its daily pipelines, and counts nothing after --as-of', () => {
    const course = store.courses.listCourses()[0];
    if (!course) throw new Error('the demo course is missing');
    const all = loadReportCharts(store, course, {});
    expect(all.size).toBe(8);
    const total = (charts: typeof all) => [...charts.values()].reduce((sum, c) => sum + c.daily.reduce((s, d) => s + d.pipelines, 0), 0);
    expect(total(all)).toBeGreaterThan(100);
    const early = loadReportCharts(store, course, { asOf: '2026-03-01T00:00:00Z' });
    expect(total(early)).toBeLessThan(total(all));
    for (const charts of early.values()) for (const day of charts.daily) expect(day.day < '2026-03-01').toBe(true);
  });

  it("charts an iteration's days only", () => {
    const course = store.courses.listCourses()[0];
    if (!course) throw new Error('the demo course is missing');
    store.transaction(() => store.iterations.addIteration(course.id, { name: 'Sprint 2', start: '2026-03-02', end: '2026-03-15', weight: 1 }));
    const sprint = loadReportCharts(store, course, { iteration: 'sprint 2' });
    const days = [...sprint.values()].flatMap((c) => c.daily.filter((d) => d.pipelines > 0).map((d) => d.day));
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((day) => day >= '2026-03-02' && day <= '2026-03-15')).toBe(true);
  });
});
