import { describe, expect, it } from 'vitest';
import { createAuthorMatcher } from '../../../../shared/metrics/match-commit-author';
import { normalizeName } from '../../../../shared/metrics/normalize-identity';
import { member } from './contribution-fixtures';

const lubomir = member(1, 'lstastny', 'Ľubomír Šťastný', { publicEmail: 'Lubo@Uni.example' });
const jan = member(2, 'jnovak', 'Jan Novák');

describe('createAuthorMatcher', () => {
  const match = createAuthorMatcher([lubomir, jan]);

  it('matches the public email whatever its case', () => {
    expect(match({ authorName: 'someone', authorEmail: 'LUBO@uni.EXAMPLE' })).toEqual({ kind: 'member', userId: 1 });
  });

  it('matches a name case- and accent-insensitively', () => {
    expect(normalizeName('LUBOMIR  STASTNY')).toBe(normalizeName('Ľubomír Šťastný'));
    expect(match({ authorName: 'LUBOMIR STASTNY', authorEmail: 'laptop@home.example' })).toEqual({ kind: 'member', userId: 1 });
    expect(match({ authorName: 'jan novak', authorEmail: null })).toEqual({ kind: 'member', userId: 2 });
  });

  it('matches the username as a name', () => {
    expect(match({ authorName: 'JNOVAK', authorEmail: 'x@y.example' })).toEqual({ kind: 'member', userId: 2 });
  });

  it('does not take "jan.novak" for Jan Novák without an alias', () => {
    expect(match({ authorName: 'jan.novak', authorEmail: 'jan.novak@gmail.example' })).toEqual({ kind: 'none' });
    const withAlias = createAuthorMatcher([lubomir, { ...jan, aliasNames: ['jan.novak'] }]);
    expect(withAlias({ authorName: 'jan.novak', authorEmail: 'jan.novak@gmail.example' })).toEqual({ kind: 'member', userId: 2 });
  });

  it('matches an email alias, case-insensitively, before any name', () => {
    const withAlias = createAuthorMatcher([lubomir, { ...jan, aliasEmails: ['Jan@Laptop.local'] }]);
    expect(withAlias({ authorName: 'Ľubomír Šťastný', authorEmail: 'jan@laptop.LOCAL' })).toEqual({ kind: 'member', userId: 2 });
  });

  it('never matches an email or name that merely contains a student’s email or username', () => {
    expect(match({ authorName: 'x', authorEmail: 'xlubo@uni.example' })).toEqual({ kind: 'none' });
    expect(match({ authorName: 'x', authorEmail: 'lubo@uni.example.org' })).toEqual({ kind: 'none' });
    expect(match({ authorName: 'jnovak2', authorEmail: 'jnovak@uni.example' })).toEqual({ kind: 'none' });
    expect(match({ authorName: 'Jan Novák Jr', authorEmail: null })).toEqual({ kind: 'none' });
  });

  it('leaves an author two students match by name unmatched, naming both', () => {
    const twins = createAuthorMatcher([member(1, 'pkral', 'Petr Král'), member(2, 'pkral2', 'Petr Kral')]);
    expect(twins({ authorName: 'petr kral', authorEmail: 'p@home.example' })).toEqual({ kind: 'ambiguous', usernames: ['pkral', 'pkral2'] });
  });
});
