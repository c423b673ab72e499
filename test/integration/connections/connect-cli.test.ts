import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { createKeyringSecretStore } from '../../../electron/core/secrets/keyring-secret-store';
import type { GitlabSimulator } from '../../support/gitlab-simulator';
import { runCli } from '../../support/run-cli';
import { runCliWithInput } from '../../support/run-cli';
import { createSimulatedTokens, isoDateInDays, startSimulatorWithTokens } from '../../support/simulated-tokens';
import { makeTempDir } from '../../support/temp-dir';

const course = generateCourse({ teams: 1 });
const tokens = createSimulatedTokens(course);
const keychain = createKeyringSecretStore();
const teacher = course.users.find((u) => u.id === course.staffMembers[0]?.id);
/** A D-Bus address with nothing behind it: what a host without a session bus looks like to the keychain. */
const noSessionBus = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/gitpulse-test-bus' };

function countConnectionRows(dataDir: string): number {
  const file = join(dataDir, 'gitpulse.sqlite');
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM connections').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('gitpulse connect and disconnect', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sim: GitlabSimulator;

  beforeEach(async () => {
    temp = makeTempDir();
    sim = await startSimulatorWithTokens(course, tokens);
  });

  afterEach(async () => {
    await keychain.deleteToken(sim.url);
    await sim.close();
    temp.cleanup();
  });

  it('reads the token from stdin, saves it in the keychain and prints who it belongs to', async () => {
    const run = await runCliWithInput(['--data-dir', temp.path, 'connect', '--gitlab-url', sim.url], `${tokens.values.good}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Connected to ${sim.url} as ${teacher?.username} (${teacher?.name}).`);
    expect(run.stdout).toContain('Scopes:   read_api');
    expect(run.stdout).toContain(`Expires:  ${isoDateInDays(200)} (in 199 days)`);
    expect(run.stdout).toContain('Saved the token in the OS keychain.');
    expect(run.stdout + run.stderr).not.toContain(tokens.values.good);
    expect(await keychain.readToken(sim.url)).toBe(tokens.values.good);
  });

  it('prints a warning when the token expires within 14 days', async () => {
    const soon = await runCliWithInput(['--data-dir', temp.path, 'connect', '--gitlab-url', sim.url], tokens.values.soon);
    expect(soon.code).toBe(0);
    expect(soon.stdout).toContain('Warning:  The token expires in 5 days');
  });

  it('tests the saved token with --test, and saves settings given with it', async () => {
    await keychain.saveToken(sim.url, tokens.values.good);
    const run = await runCli(['--data-dir', temp.path, 'connect', '--gitlab-url', sim.url, '--test', '--requests-per-minute', '90']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Connected to ${sim.url} as ${teacher?.username}`);
    expect(run.stdout).not.toContain('Saved the token');
    expect(countConnectionRows(temp.path)).toBe(1);
  });

  it('refuses an empty token as a usage error', async () => {
    const run = await runCliWithInput(['--data-dir', temp.path, 'connect', '--gitlab-url', sim.url], '  \n');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gitpulse: connect: no token given.');
  });

  it('fails on an expired token with GitLab’s reason and saves nothing', async () => {
    const run = await runCliWithInput(['--data-dir', temp.path, 'connect', '--gitlab-url', sim.url], tokens.values.expired);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^gitpulse: The token has expired\. .*The token was not saved\.\n$/);
    expect(run.stdout + run.stderr).not.toContain(tokens.values.expired);
    expect(await keychain.readToken(sim.url)).toBeNull();
    expect(countConnectionRows(temp.path)).toBe(0);
  });

  it('disconnects: the keychain entry and the connection are gone', async () => {
    await runCliWithInput(['--data-dir', temp.path, 'connect', '--gitlab-url', sim.url], tokens.values.good);
    const run = await runCli(['--data-dir', temp.path, 'disconnect', '--gitlab-url', `${sim.url}/`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Removed the connection to ${sim.url} and its saved token.\n`);
    expect(await keychain.readToken(sim.url)).toBeNull();
    expect(countConnectionRows(temp.path)).toBe(0);
  });

  it('says why and how to fix it when there is no keychain, and stores the token nowhere', async () => {
    const run = await runCliWithInput(['--data-dir', temp.path, 'connect', '--gitlab-url', sim.url], tokens.values.good, noSessionBus);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('gitpulse: GitLab accepted the token, but it was not saved. Cannot save to the OS keychain');
    expect(run.stderr).toContain('No D-Bus session bus is reachable');
    expect(run.stderr).toContain('set the GITLAB_TOKEN environment variable instead');
    expect(run.stdout + run.stderr).not.toContain(tokens.values.good);
    expect(await keychain.readToken(sim.url)).toBeNull();
    expect(countConnectionRows(temp.path)).toBe(0);
    const database = join(temp.path, 'gitpulse.sqlite');
    for (const file of [database, `${database}-wal`].filter((f) => existsSync(f))) expect(readFileSync(file).includes(tokens.values.good)).toBe(false);
  });

  it('works headless with GITLAB_TOKEN when there is no keychain', async () => {
    const run = await runCli(['--data-dir', temp.path, 'connect', '--gitlab-url', sim.url, '--test'], { ...noSessionBus, GITLAB_TOKEN: tokens.values.good });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Connected to ${sim.url} as ${teacher?.username}`);
  });
});
