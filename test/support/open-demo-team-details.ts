import type { Core } from '../../electron/core/core';
import { openCore } from '../../electron/core/open-core';
import type { TeamDetail } from '../../shared/domain/team-detail';
import { callOk } from './call-ok';

/** A core on a fresh demo course in `dataDir`, with every team's page as metrics.team answers it. */
export async function openDemoTeamDetails(dataDir: string): Promise<{ core: Core; details: TeamDetail[] }> {
  const core = await openCore({ dataDir, env: {} });
  await callOk(core, 'courses.createDemo', {});
  const course = await callOk(core, 'metrics.course', {});
  const details = await Promise.all(course.teams.map((t) => callOk(core, 'metrics.team', { projectId: t.projectId })));
  return { core, details };
}
