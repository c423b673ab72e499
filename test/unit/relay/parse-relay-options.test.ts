import { describe, expect, it } from 'vitest';
import { parseRelayOptions, UsageError } from '../../../relay/src/config/parse-relay-options';

const required = ['--data-dir', '/srv/relay', '--secret', 's1', '--client-token', 'c1'];

describe('parseRelayOptions', () => {
  it('reads the command line, with repeatable secrets, tokens and ranges', () => {
    const options = parseRelayOptions(
      [
        ...required,
        '--secret',
        's2',
        '--client-token',
        'c2',
        '--port',
        '9000',
        '--host',
        '0.0.0.0',
        '--allow',
        '10.0.0.0/8',
        '--allow',
        '::1',
        '--trust-proxy',
        '127.0.0.1',
        '--retention-days',
        '3',
      ],
      {},
    );
    expect(options).toMatchObject({
      dataDir: '/srv/relay',
      secrets: ['s1', 's2'],
      clientTokens: ['c1', 'c2'],
      port: 9000,
      host: '0.0.0.0',
      retentionDays: 3,
      reporterTokens: [],
    });
    expect('allow' in options && options.allow.map((range) => range.text)).toEqual(['10.0.0.0/8', '::1']);
  });

  it('reads every setting from the environment, lists comma-separated', () => {
    const options = parseRelayOptions([], {
      GITPULSE_RELAY_PORT: '8123',
      GITPULSE_RELAY_HOST: '::',
      GITPULSE_RELAY_DATA_DIR: '/var/lib/relay',
      GITPULSE_RELAY_SECRETS: 'a, b',
      GITPULSE_RELAY_CLIENT_TOKENS: 'x,y,z',
      GITPULSE_RELAY_ALLOW: '34.74.90.64/28,34.74.226.0/24',
      GITPULSE_RELAY_RETENTION_DAYS: '30',
    });
    expect(options).toMatchObject({ port: 8123, host: '::', dataDir: '/var/lib/relay', secrets: ['a', 'b'], clientTokens: ['x', 'y', 'z'], retentionDays: 30 });
  });

  it('lets the command line replace an environment variable', () => {
    expect(parseRelayOptions([...required], { GITPULSE_RELAY_SECRETS: 'from-env' })).toMatchObject({ secrets: ['s1'] });
  });

  it('defaults to port 8080 on 127.0.0.1 with a 14-day retention', () => {
    expect(parseRelayOptions(required, {})).toMatchObject({ port: 8080, host: '127.0.0.1', retentionDays: 14, allow: [], trustProxy: [] });
  });

  it('refuses missing or malformed settings with a one-line message', () => {
    const cases: string[][] = [
      ['--secret', 's', '--client-token', 'c'],
      ['--data-dir', 'd', '--client-token', 'c'],
      ['--data-dir', 'd', '--secret', 's'],
      [...required, '--port', 'eighty'],
      [...required, '--port', '70000'],
      [...required, '--allow', '10.0.0.0/40'],
      [...required, '--retention-days', '0'],
      [...required, '--unknown'],
      [...required, 'stray'],
    ];
    for (const argv of cases) {
      expect(() => parseRelayOptions(argv, {}), argv.join(' ')).toThrow(UsageError);
      try {
        parseRelayOptions(argv, {});
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
      }
    }
  });

  it('answers --help', () => {
    expect(parseRelayOptions(['--help'], {})).toEqual({ help: true });
  });
});
