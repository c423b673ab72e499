import type { z } from 'zod';
import { GitlabError } from './gitlab-error';

/** Validates a page of GitLab objects; one malformed object fails the page before anything is written. */
export function parseGitlabList<S extends z.ZodType>(schema: S, items: unknown[], what: string): Array<z.output<S>> {
  return items.map((item, index) => parseGitlabObject(schema, item, `${what} #${index + 1}`));
}

export function parseGitlabObject<S extends z.ZodType>(schema: S, item: unknown, what: string): z.output<S> {
  const result = schema.safeParse(item);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new GitlabError('bad_response', `GitLab sent an unexpected ${what}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return result.data;
}
