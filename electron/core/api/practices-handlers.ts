import type { practicesApi } from '../../../shared/api/practices-api';
import { loadCoursePractices } from '../metrics/load-course-practices';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

export const practicesHandlers: HandlerMap<typeof practicesApi> = {
  'practices.course': (input, { store }) => loadCoursePractices(store, resolveCourse(store, input), { from: input.from, to: input.to, window: input.window }),
};
