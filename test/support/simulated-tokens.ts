import { randomBytes } from 'node:crypto';
import type { GeneratedCourse } from '../../electron/core/demo/course-types';
import { startGitlabSimulator, type GitlabSimulator, type SimToken } from './gitlab-simulator';

const dayMs = 86_400_000;

/** The UTC date `days` from now, as GitLab writes token expiry dates. */
export function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * dayMs).toISOString().slice(0, 10);
}

/** Random token values, so a search of files and output for a token finds only real leaks. */
function makeTokenValue(label: string): string {
  return `glpat-${label}-${randomBytes(12).toString('hex')}`;
}

export const tokenKinds = ['good', 'other', 'soon', 'apiScope', 'expired', 'revoked', 'userOnly', 'repoOnly'] as const;
export type TokenKind = (typeof tokenKinds)[number];

export interface SimulatedTokens {
  values: Record<TokenKind, string>;
  table: Record<string, SimToken>;
}

/** One token of each kind GitLab can answer differently for, all belonging to the course's first teacher. */
export function createSimulatedTokens(course: GeneratedCourse): SimulatedTokens {
  const userId = course.staffMembers[0]?.id ?? 1;
  const base: SimToken = { scopes: ['read_api'], expiresAt: isoDateInDays(200), state: 'active', userId, name: 'gitpulse' };
  const kinds: Record<TokenKind, Partial<SimToken>> = {
    good: {},
    other: { expiresAt: null },
    // Six calendar days ahead: between five and six days of use are left, so "expires in 5 days".
    soon: { expiresAt: isoDateInDays(6) },
    apiScope: { scopes: ['api'] },
    expired: { state: 'expired' },
    revoked: { state: 'revoked' },
    userOnly: { scopes: ['read_user'] },
    repoOnly: { scopes: ['read_repository'] },
  };
  const values = Object.fromEntries(tokenKinds.map((kind) => [kind, makeTokenValue(kind)])) as Record<TokenKind, string>;
  const table = Object.fromEntries(tokenKinds.map((kind) => [values[kind], { ...base, ...kinds[kind] }]));
  return { values, table };
}

/**
 * A simulator whose clock is the real one: it judges expiry by its simulated time, GitPulse counts
 * days left from Date.now(), and both must agree for expiry dates near today.
 */
export async function startSimulatorWithTokens(course: GeneratedCourse, tokens: SimulatedTokens): Promise<GitlabSimulator> {
  const sim = await startGitlabSimulator({ course, tokens: tokens.table });
  sim.clock.set(new Date().toISOString());
  return sim;
}
