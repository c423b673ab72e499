import type { Connection, ConnectionStatus } from '../../../shared/domain/connection';
import type { Tone } from '../../components/tone';
import { formatIsoDate } from '../../format/format-iso-date';

const tokenSources: Record<Connection['tokenSource'], string> = {
  keychain: 'OS keychain',
  environment: 'GITLAB_TOKEN environment variable',
  none: 'no token',
};

export function describeTokenSource(source: Connection['tokenSource']): string {
  return tokenSources[source];
}

const statuses: Record<ConnectionStatus, { label: string; tone: Tone }> = {
  ok: { label: 'Connected', tone: 'good' },
  unauthorized: { label: 'Token rejected', tone: 'bad' },
  forbidden: { label: 'Not allowed', tone: 'bad' },
  unreachable: { label: 'Unreachable', tone: 'warn' },
  untested: { label: 'Not tested', tone: 'neutral' },
};

export function describeStatus(status: ConnectionStatus): { label: string; tone: Tone } {
  return statuses[status];
}

/** Tokens expiring within this many days get a warning: enough notice to make a new one before a sync fails. */
export const expiryWarningDays = 14;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The expiry cell. GitLab tokens stop working at midnight UTC of their expiry date, so the days left
 * are counted to that moment, not to the local end of the day.
 */
export function describeExpiry(tokenExpiresAt: string | null, now: number): { label: string; detail: string | undefined; tone: Tone } {
  if (tokenExpiresAt === null) return { label: 'never', detail: undefined, tone: 'neutral' };
  const expiresAt = Date.parse(`${tokenExpiresAt}T00:00:00Z`);
  if (Number.isNaN(expiresAt)) return { label: tokenExpiresAt, detail: undefined, tone: 'neutral' };
  const label = formatIsoDate(tokenExpiresAt);
  const daysLeft = Math.ceil((expiresAt - now) / dayMs);
  if (daysLeft <= 0) return { label, detail: 'expired', tone: 'bad' };
  if (daysLeft <= expiryWarningDays) return { label, detail: daysLeft === 1 ? 'expires tomorrow' : `expires in ${daysLeft} days`, tone: 'warn' };
  return { label, detail: undefined, tone: 'neutral' };
}
