import type { CommitAuthor, MemberFact } from './contribution-facts';
import { normalizeEmail, normalizeName } from './normalize-identity';

/** A member's user id; or the usernames an author matched equally (ambiguous); or nobody. */
export type AuthorMatch = { kind: 'member'; userId: number } | { kind: 'ambiguous'; usernames: string[] } | { kind: 'none' };

function addKey(index: Map<string, Set<number>>, key: string, userId: number): void {
  if (key === '') return;
  let ids = index.get(key);
  if (!ids) index.set(key, (ids = new Set()));
  ids.add(userId);
}

/**
 * Matches commit authors to the team's members: by email first (public email or an email alias),
 * then by name (name, username or a name alias). A key two members share matches neither of them.
 */
export function createAuthorMatcher(members: readonly MemberFact[]): (author: CommitAuthor) => AuthorMatch {
  const byEmail = new Map<string, Set<number>>();
  const byName = new Map<string, Set<number>>();
  const usernames = new Map<number, string>();
  for (const m of members) {
    usernames.set(m.userId, m.username);
    if (m.publicEmail) addKey(byEmail, normalizeEmail(m.publicEmail), m.userId);
    for (const email of m.aliasEmails) addKey(byEmail, normalizeEmail(email), m.userId);
    for (const name of [m.name, m.username, ...m.aliasNames]) addKey(byName, normalizeName(name), m.userId);
  }
  const decide = (ids: Set<number> | undefined): AuthorMatch | null => {
    if (!ids) return null;
    const [only] = ids;
    if (ids.size === 1 && only !== undefined) return { kind: 'member', userId: only };
    return { kind: 'ambiguous', usernames: [...ids].map((id) => usernames.get(id) ?? String(id)).sort() };
  };
  // A team has thousands of commits by a handful of authors: each distinct author is normalised and
  // matched once.
  const seen = new Map<string, AuthorMatch>();
  return (author) => {
    const key = `${author.authorEmail ?? ''}\u0000${author.authorName ?? ''}`;
    let match = seen.get(key);
    if (!match) {
      match = (author.authorEmail ? decide(byEmail.get(normalizeEmail(author.authorEmail))) : null) ??
        (author.authorName ? decide(byName.get(normalizeName(author.authorName))) : null) ?? { kind: 'none' };
      seen.set(key, match);
    }
    return match;
  };
}
