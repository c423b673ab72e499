import type { Core } from '../core/core';
import { describeUnscopedToken } from '../core/secrets/describe-unscoped-token';
import { callCore, type CliIo } from './call-core';

/** Before a command that sends tokens (sync, serve): warns on stderr when GITLAB_TOKEN would reach several instances. */
export async function warnAboutUnscopedToken(core: Core, env: Record<string, string | undefined>, io: CliIo): Promise<void> {
  if (!env.GITLAB_TOKEN?.trim()) return;
  const courses = await callCore(core, 'courses.list', {});
  const warning = describeUnscopedToken(
    env,
    courses.map((course) => course.gitlabUrl),
  );
  if (warning) io.stderr.write(`gitpulse: warning: ${warning}\n`);
}
