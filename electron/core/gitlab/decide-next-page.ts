import { GitlabError } from './gitlab-error';
import { readNextPage } from './read-next-page';

/**
 * No listing GitPulse reads comes near this many pages of 100 (a million items); a server that keeps
 * announcing more is broken or hostile, and following it would spend the instance's budget forever.
 */
export const maxPagesPerListing = 10_000;

export interface PageFacts {
  headers: Record<string, string>;
  page: number;
  itemCount: number;
  /** The endpoint as the user would name it, for the message. */
  endpoint: string;
  requestUrl: string;
}

/**
 * The page to read after this one, or null at the end. Ends on an empty page and past x-total-pages
 * whatever the next-page headers say, and refuses a listing that never ends.
 */
export function decideNextPage(facts: PageFacts): number | null {
  if (facts.itemCount === 0) return null;
  const next = readNextPage(facts.headers, facts.page, facts.requestUrl);
  if (next === null) return null;
  const totalPages = Number.parseInt(facts.headers['x-total-pages'] ?? '', 10);
  if (Number.isFinite(totalPages) && next > totalPages) return null;
  if (next > maxPagesPerListing) {
    throw new GitlabError(
      'bad_response',
      `GitLab kept announcing more pages of ${facts.endpoint} past page ${maxPagesPerListing}; GitPulse stopped reading it (a bad response from the server).`,
    );
  }
  return next;
}
