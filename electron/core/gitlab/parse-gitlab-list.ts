import type { z } from 'zod';
import { GitlabError } from './gitlab-error';

/** Objects read from one GitLab endpoint: a page, or every page of a short list. */
export interface Listing {
  items: unknown[];
  /** The endpoint's path below /api/v4 (no query, so nothing secret), for messages. */
  endpoint: string;
}

/** Validates a page of GitLab objects; one malformed object fails the page before anything is written. */
export function parseGitlabList<S extends z.ZodType>(schema: S, listing: Listing, what: string): Array<z.output<S>> {
  return listing.items.map((item, index) => parseGitlabObject(schema, item, `${what} #${index + 1}`, listing.endpoint));
}

/** Validates one GitLab object; the message names the object, the endpoint and the first bad field. */
export function parseGitlabObject<S extends z.ZodType>(schema: S, item: unknown, what: string, endpoint: string): z.output<S> {
  const result = schema.safeParse(item);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'the object';
    throw new GitlabError('bad_response', `GitLab sent an unexpected ${what} from ${endpoint}: ${field}: ${issue?.message ?? 'not valid'}.`);
  }
  return result.data;
}
