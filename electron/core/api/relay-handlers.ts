import type { relayApi } from '../../../shared/api/relay-api';
import { setupProjectHooks } from '../relay/setup-project-hooks';
import { loadSyncConnection } from '../sync/load-sync-connection';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { normalizeGitlabUrl } from './normalize-gitlab-url';
import { resolveCourse } from './resolve-course';

export const relayHandlers: HandlerMap<typeof relayApi> = {
  'relay.status': (_input, { relay }) => relay.status(),
  'relay.connect': async (input, { relay }) => {
    await relay.connect(input.url, input.token);
    return relay.status();
  },
  'relay.disconnect': async (_input, { relay }) => ({ removed: await relay.disconnect() }),
  'relay.test': (_input, { relay }) => relay.test(),
  'relay.pull': (input, { store, relay }) => {
    const courseId = input.courseId !== undefined || input.course !== undefined ? resolveCourse(store, input).id : null;
    return relay.pull(courseId);
  },
  'relay.setupWebhooks': async (input, ctx) => {
    const course = resolveCourse(ctx.store, input);
    if (course.isDemo) throw new ApiFailure('invalid_input', 'The demo course has no GitLab projects to add hooks to.');
    const relayState = ctx.store.relay.readRelayState();
    if (!relayState) throw new ApiFailure('not_found', 'Connect a relay first: its URL is where the hooks will post.');
    const gitlabUrl = normalizeGitlabUrl(course.gitlabUrl);
    const connection = await loadSyncConnection(ctx, gitlabUrl);
    const stored = ctx.store.connections.findConnection(gitlabUrl);
    return setupProjectHooks({
      gitlabUrl,
      token: connection.token,
      scopes: stored?.scopes.length ? stored.scopes : null,
      fetch: connection.fetch,
      relayUrl: relayState.url,
      secret: input.secret,
      projects: ctx.store.projects.listTeams(course.id).map((t) => ({ gitlabId: t.gitlabId, path: t.path })),
    });
  },
};
