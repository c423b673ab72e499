import type { Core } from '../../electron/core/core';
import type { GeneratedCourse } from '../../electron/core/demo/course-types';
import { openCore } from '../../electron/core/open-core';
import { callOk } from './call-ok';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from './gitlab-simulator';
import { makeTempDir } from './temp-dir';

export interface ProxiedSyncFixture {
  sim: GitlabSimulator;
  proxy: FaultProxy;
  core: Core;
  dataDir: string;
  close(): Promise<void>;
}

/** Like startSyncFixture, but the course's GitLab is a fault proxy in front of the simulator. */
export async function startProxiedSyncFixture(course: GeneratedCourse, options: { requestTimeoutMs?: number } = {}): Promise<ProxiedSyncFixture> {
  const temp = makeTempDir();
  const sim = await startGitlabSimulator({ course });
  const proxy = await startFaultProxy(sim.url);
  const core = await openCore({
    dataDir: temp.path,
    env: { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN },
    ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
  });
  await callOk(core, 'courses.add', { name: 'se', gitlabUrl: proxy.url, groupPath: course.group.full_path });
  await callOk(core, 'connections.save', { gitlabUrl: proxy.url, requestsPerMinute: 100_000 });
  return {
    sim,
    proxy,
    core,
    dataDir: temp.path,
    async close() {
      core.close();
      await proxy.close();
      await sim.close();
      temp.cleanup();
    },
  };
}
