import { describe, expect, it } from 'vitest';
import { computeExpiresInDays, listTokenWarnings } from '../../../../electron/core/connections/list-token-warnings';

const now = Date.parse('2026-03-10T15:00:00.000Z');

describe('computeExpiresInDays', () => {
  it('counts whole days until midnight UTC at the start of the expiry date', () => {
    expect(computeExpiresInDays('2026-03-16', now)).toBe(5);
    expect(computeExpiresInDays('2026-03-11', now)).toBe(0);
    expect(computeExpiresInDays(null, now)).toBeNull();
  });
});

describe('listTokenWarnings', () => {
  it('warns about a token that stops working within 14 days, and not about one that lasts longer', () => {
    expect(listTokenWarnings({ scopes: ['read_api'], expiresAt: '2026-03-16' }, now)).toEqual([
      'The token expires in 5 days (2026-03-16, at midnight UTC); create a new one before then.',
    ]);
    expect(listTokenWarnings({ scopes: ['read_api'], expiresAt: '2026-03-24' }, now)).toHaveLength(1);
    expect(listTokenWarnings({ scopes: ['read_api'], expiresAt: '2026-03-25' }, now)).toEqual([]);
    expect(listTokenWarnings({ scopes: ['read_api'], expiresAt: null }, now)).toEqual([]);
  });

  it('says "less than a day" on the last day and "1 day" the day before', () => {
    expect(listTokenWarnings({ scopes: ['read_api'], expiresAt: '2026-03-11' }, now)[0]).toContain('expires in less than a day');
    expect(listTokenWarnings({ scopes: ['read_api'], expiresAt: '2026-03-12' }, now)[0]).toContain('expires in 1 day ');
  });

  it('asks for read_api when the token cannot sync, and notes that api also allows writing', () => {
    expect(listTokenWarnings({ scopes: ['read_user'], expiresAt: null }, now)).toEqual(['The token needs the read_api scope to sync.']);
    expect(listTokenWarnings({ scopes: ['api'], expiresAt: null }, now)).toEqual(['The token has the api scope: read_api is enough; api also allows writing.']);
    expect(listTokenWarnings({ scopes: null, expiresAt: null }, now)[0]).toContain('did not report the token’s scopes');
  });
});
