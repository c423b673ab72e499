import type { syncApi } from '../../../shared/api/sync-api';
import { syncCourse } from '../gitlab/sync-engine';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

export const syncHandlers: HandlerMap<typeof syncApi> = {
  'sync.run': async (input, ctx) => {
    const course = resolveCourse(ctx.store, input.course);
    if (course.isDemo) throw new ApiFailure('invalid_input', 'The demo course holds generated data and has no GitLab to sync from; run the demo again to regenerate it.');
    // Until the keychain arrives, headless use takes the token from the environment only.
    const token = ctx.env.GITLAB_TOKEN?.trim();
    if (!token) throw new ApiFailure('unauthorized', 'No GitLab token: set the GITLAB_TOKEN environment variable to a token with the read_api scope.');
    const key = course.name.toLowerCase();
    if (ctx.runningSyncs.has(key)) throw new ApiFailure('busy', `"${course.name}" is already syncing.`);
    const controller = new AbortController();
    ctx.runningSyncs.set(key, controller);
    try {
      return await syncCourse({
        store: ctx.store,
        course,
        token,
        signal: controller.signal,
        onProgress: (progress) => ctx.emit('sync.progressed', progress),
      });
    } finally {
      ctx.runningSyncs.delete(key);
      ctx.emit('data.changed', { tables: ['courses', 'projects', 'pipelines'] });
    }
  },
};
