import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { callOk } from '../../support/sync-fixture';
import { makeTempDir } from '../../support/temp-dir';

describe('metrics within the course window', () => {
  const temp = makeTempDir();
  let core: Core;

  beforeAll(async () => {
    core = await openCore({ dataDir: temp.path, env: {} });
    await callOk(core, 'courses.createDemo', {});
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('counts only pipelines created between the window’s first and last day, inclusive', async () => {
    const generated = generateCourse();
    const team = generated.teams[0];
    if (!team) throw new Error('no team');
    const inWindow = team.pipelines.filter((p) => p.created_at >= '2026-03-02T00:00:00.000Z' && p.created_at < '2026-03-16T00:00:00.000Z');
    expect(inWindow.length).toBeGreaterThan(0);
    await callOk(core, 'courses.update', { windowStart: '2026-03-02', windowEnd: '2026-03-15' });
    const metrics = await callOk(core, 'metrics.course', {});
    const shown = metrics.teams.find((t) => t.project === team.project.path_with_namespace);
    expect(shown?.pipelines.total).toBe(inWindow.length);
    expect(shown?.pipelines.success).toBe(inWindow.filter((p) => p.status === 'success').length);
  });

  it('counts everything once the window is cleared', async () => {
    await callOk(core, 'courses.update', { windowStart: null, windowEnd: null });
    const metrics = await callOk(core, 'metrics.course', {});
    const total = metrics.teams.reduce((n, t) => n + t.pipelines.total, 0);
    expect(total).toBe(generateCourse().teams.reduce((n, t) => n + t.pipelines.length, 0));
  });

  it('refuses a window that ends before it starts', async () => {
    const result = await core.call('courses.update', { windowStart: '2026-04-01', windowEnd: '2026-03-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
