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
    const all = loadReportCharts(store, course, undefined);
    expect(all.size).toBe(8);
    const total = (charts: typeof all) => [...charts.values()].reduce((sum, c) => sum + c.daily.reduce((s, d) => s + d.pipelines, 0), 0);
    expect(total(all)).toBeGreaterThan(100);
    const early = loadReportCharts(store, course, '2026-03-01T00:00:00Z');
    expect(total(early)).toBeLessThan(total(all));
    for (const charts of early.values()) for (const day of charts.daily) expect(day.day < '2026-03-01').toBe(true);
  });
});
