import { afterAll, beforeAll } from 'vitest';
import type { GeneratedCourse } from '../../../electron/core/demo/course-types';
import { startGitlabSimulator, type GitlabSimulator } from './index';

/**
 * Starts a simulator serving `course` before the file's tests and closes it after. Returns a getter,
 * since the simulator exists only once beforeAll has run.
 */
export function useSimulator(course: GeneratedCourse): () => GitlabSimulator {
  let sim: GitlabSimulator | null = null;
  beforeAll(async () => {
    sim = await startGitlabSimulator({ course });
  });
  afterAll(async () => {
    await sim?.close();
  });
  return () => {
    if (!sim) throw new Error('The simulator starts in beforeAll; use it inside a test.');
    return sim;
  };
}
