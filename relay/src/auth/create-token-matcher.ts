import { createHash, timingSafeEqual } from 'node:crypto';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Compares a presented token with the configured ones in constant time. Comparing SHA-256 digests
 * gives timingSafeEqual equal lengths, so neither a token's length nor its prefix leaks through
 * timing, and every configured token is compared so the position of a match does not leak either.
 * Returns the index of the matching token, or -1.
 */
export function createTokenMatcher(tokens: readonly string[]): (presented: string | undefined) => number {
  const digests = tokens.map(digest);
  return (presented) => {
    if (presented === undefined || presented === '') return -1;
    const candidate = digest(presented);
    let match = -1;
    digests.forEach((known, index) => {
      if (timingSafeEqual(known, candidate) && match === -1) match = index;
    });
    return match;
  };
}

/** A stable id for a client token that reveals nothing usable: tokens never enter the database. */
export function clientIdOf(token: string): string {
  return createHash('sha256').update(`gitpulse-relay client\n${token}`, 'utf8').digest('hex').slice(0, 32);
}

/** The token from an `Authorization: Bearer <token>` header, or undefined. */
export function readBearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}
