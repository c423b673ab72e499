import { describe, expect, it } from 'vitest';
import { clientIdOf, createTokenMatcher, readBearerToken } from '../../../relay/src/auth/create-token-matcher';

describe('createTokenMatcher', () => {
  it('finds the configured token a request presents, and none for anything else', () => {
    const match = createTokenMatcher(['first-secret', 'second-secret']);
    expect(match('second-secret')).toBe(1);
    expect(match('first-secret')).toBe(0);
    expect(match('first-secre')).toBe(-1);
    expect(match('first-secrets')).toBe(-1);
    expect(match('')).toBe(-1);
    expect(match(undefined)).toBe(-1);
  });

  it('matches nothing when no tokens are configured', () => {
    expect(createTokenMatcher([])('anything')).toBe(-1);
  });
});

describe('readBearerToken and clientIdOf', () => {
  it('reads the token of an Authorization: Bearer header only', () => {
    expect(readBearerToken('Bearer abc.def')).toBe('abc.def');
    expect(readBearerToken('bearer abc')).toBe('abc');
    expect(readBearerToken('Basic abc')).toBeUndefined();
    expect(readBearerToken('Bearer a b')).toBeUndefined();
    expect(readBearerToken(undefined)).toBeUndefined();
  });

  it('names a client by a digest that does not contain its token', () => {
    expect(clientIdOf('token-a')).toMatch(/^[0-9a-f]{32}$/);
    expect(clientIdOf('token-a')).not.toBe(clientIdOf('token-b'));
    expect(clientIdOf('token-a')).not.toContain('token-a');
  });
});
