import type { Core } from '../../electron/core/core';
import type { GeneratedCourse } from '../../electron/core/demo/course-types';
import { openCore } from '../../electron/core/open-core';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from './gitlab-simulator';
import type { SimToken, StartGitlabSimulatorOptions } from './gitlab-simulator';
import { callOk } from './call-ok';
import { makeTempDir } from './temp-dir';

export { callOk } from './call-ok';

export interface SyncFixture {
  sim: GitlabSimulator;
  core: Core;
  dataDir: string;
  /** Reopens the core with another GITLAB_TOKEN (or none). */
  reopen(token: string | undefined): Promise<Core>;
  close(): Promise<void>;
}

/**
 * A simulator serving `course`, and a core on a fresh data folder with a course "se" over the
 * simulator's group; the connection's budget is raised so tests run at the simulator's speed.
 */
export async function startSyncFixture(
  course: GeneratedCourse,
  options: {
    tokens?: Record<string, SimToken>;
    latencyMs?: number;
    requestTimeoutMs?: number;
    timeZoneOffset?: string;
    usersRateLimit?: StartGitlabSimulatorOptions['usersRateLimit'];
  } = {},
): Promise<SyncFixture> {
  const temp = makeTempDir();
  const timeout = options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {};
  const sim = await startGitlabSimulator({
    course,
    ...(options.tokens ? { tokens: options.tokens } : {}),
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    ...(options.timeZoneOffset ? { timeZoneOffset: options.timeZoneOffset } : {}),
    ...(options.usersRateLimit ? { usersRateLimit: options.usersRateLimit } : {}),
  });
  const fixture: SyncFixture = {
    sim,
    dataDir: temp.path,
    core: await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN }, ...timeout }),
    async reopen(token) {
      fixture.core.close();
      fixture.core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: token }, ...timeout });
      return fixture.core;
    },
    async close() {
      fixture.core.close();
      await sim.close();
      temp.cleanup();
    },
  };
  await callOk(fixture.core, 'courses.add', { name: 'se', gitlabUrl: sim.url, groupPath: course.group.full_path });
  await callOk(fixture.core, 'connections.save', { gitlabUrl: sim.url, requestsPerMinute: 100_000 });
  return fixture;
}
