import { createApiClient } from '../../renderer/api-client';
import type { ApiTransport } from '../../shared/api/contract';
import { openCore } from '../../electron/core/open-core';
import type { Core } from '../../electron/core/core';
import { makeTempDir } from '../support/temp-dir';

/** A real core on a temp data folder, reached through the renderer's own typed client. */
export async function openTestCore(): Promise<{ core: Core; api: ApiTransport; close(): void }> {
  const temp = makeTempDir();
  // With GITLAB_TOKEN set the core never asks the OS keychain, which renderer tests do not need.
  const core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: 'unused-by-these-tests' } });
  return {
    core,
    api: createApiClient(core),
    close() {
      core.close();
      temp.cleanup();
    },
  };
}
