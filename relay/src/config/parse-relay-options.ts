import { parseArgs } from 'node:util';
import { parseCidr, type Cidr } from '../net/parse-cidr';
import type { RelaySettings } from '../start-relay';

export class UsageError extends Error {}

export const usage = `Usage: gitpulse-relay --data-dir DIR --secret TEXT --client-token TEXT [options]

  --port N              port to listen on (default 8080; 0 picks a free one)      GITPULSE_RELAY_PORT
  --host ADDR           address to bind (default 127.0.0.1, behind a proxy)       GITPULSE_RELAY_HOST
  --data-dir DIR        folder for relay.sqlite                                   GITPULSE_RELAY_DATA_DIR
  --secret TEXT         webhook secret (X-Gitlab-Token); repeatable               GITPULSE_RELAY_SECRETS
  --client-token TEXT   desktop client token; repeatable                          GITPULSE_RELAY_CLIENT_TOKENS
  --reporter-token TEXT token for CI pipeline reports; repeatable                 GITPULSE_RELAY_REPORTER_TOKENS
  --allow CIDR          only these addresses may deliver webhooks; repeatable     GITPULSE_RELAY_ALLOW
  --trust-proxy CIDR    believe X-Forwarded-For from these proxies; repeatable    GITPULSE_RELAY_TRUST_PROXY
  --retention-days N    delete events older than this (default 14)                GITPULSE_RELAY_RETENTION_DAYS

Lists in the environment are comma-separated. An option given on the command line replaces its
environment variable.`;

export type RelayOptions = Pick<
  RelaySettings,
  'port' | 'host' | 'dataDir' | 'secrets' | 'clientTokens' | 'reporterTokens' | 'allow' | 'trustProxy' | 'retentionDays'
>;

/** `{ help: true }` for --help; otherwise the settings, or a UsageError with a one-line message. */
export function parseRelayOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): RelayOptions | { help: true } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        secret: { type: 'string', multiple: true },
        'client-token': { type: 'string', multiple: true },
        'reporter-token': { type: 'string', multiple: true },
        allow: { type: 'string', multiple: true },
        'trust-proxy': { type: 'string', multiple: true },
        'retention-days': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0] ?? 'bad arguments'} (see --help)`);
  }
  if (values.help) return { help: true };

  const list = (given: string[] | undefined, variable: string) =>
    (given ?? (env[variable] ?? '').split(',')).map((item) => item.trim()).filter((item) => item !== '');
  const dataDir = values['data-dir'] ?? env.GITPULSE_RELAY_DATA_DIR;
  if (!dataDir) throw new UsageError('--data-dir (or GITPULSE_RELAY_DATA_DIR) is required');
  const secrets = list(values.secret, 'GITPULSE_RELAY_SECRETS');
  if (secrets.length === 0) throw new UsageError('at least one --secret (or GITPULSE_RELAY_SECRETS) is required');
  const clientTokens = list(values['client-token'], 'GITPULSE_RELAY_CLIENT_TOKENS');
  if (clientTokens.length === 0) throw new UsageError('at least one --client-token (or GITPULSE_RELAY_CLIENT_TOKENS) is required');

  return {
    port: readInteger(values.port ?? env.GITPULSE_RELAY_PORT, 8080, 0, 65535, '--port'),
    host: values.host ?? env.GITPULSE_RELAY_HOST ?? '127.0.0.1',
    dataDir,
    secrets,
    clientTokens,
    reporterTokens: list(values['reporter-token'], 'GITPULSE_RELAY_REPORTER_TOKENS'),
    allow: list(values.allow, 'GITPULSE_RELAY_ALLOW').map((text) => readCidr(text, '--allow')),
    trustProxy: list(values['trust-proxy'], 'GITPULSE_RELAY_TRUST_PROXY').map((text) => readCidr(text, '--trust-proxy')),
    retentionDays: readInteger(values['retention-days'] ?? env.GITPULSE_RELAY_RETENTION_DAYS, 14, 1, 3650, '--retention-days'),
  };
}

function readInteger(text: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

function readCidr(text: string, name: string): Cidr {
  const cidr = parseCidr(text);
  if (!cidr) throw new UsageError(`${name} takes an address range like 10.0.0.0/8 or 2001:db8::/32, not "${text}"`);
  return cidr;
}
