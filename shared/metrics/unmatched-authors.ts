import type { UnmatchedAuthor } from '../domain/student-metrics';
import type { CommitAuthor } from './contribution-facts';
import { normalizeEmail } from './normalize-identity';

/** The key two commits share when they are by the same unmatched author (name as written, email normalised). */
export function unmatchedAuthorKey(author: CommitAuthor): string {
  return `${author.authorName ?? ''}\u0000${normalizeEmail(author.authorEmail ?? '')}`;
}

/** Groups the counted commits no member matched by author (name and email as written), most commits first. */
export function listUnmatchedAuthors(commits: ReadonlyArray<{ author: CommitAuthor; candidates: readonly string[] }>): UnmatchedAuthor[] {
  const byAuthor = new Map<string, UnmatchedAuthor>();
  for (const { author, candidates } of commits) {
    const name = author.authorName ?? '';
    const email = author.authorEmail ?? '';
    const key = unmatchedAuthorKey(author);
    const entry = byAuthor.get(key);
    if (entry) entry.commits += 1;
    else byAuthor.set(key, { name, email, commits: 1, candidates: [...candidates] });
  }
  return [...byAuthor.values()].sort((a, b) => b.commits - a.commits || a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}
