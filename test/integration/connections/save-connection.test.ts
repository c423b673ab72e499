import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnyEvent } from '../../../shared/api/events';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { createKeyringSecretStore } from '../../../electron/core/secrets/keyring-secret-store';
import type { GitlabSimulator } from '../../support/gitlab-simulator';
import { createSimulatedTokens, isoDateInDays, startSimulatorWithTokens } from '../../support/simulated-tokens';
import { makeTempDir } from '../../support/temp-dir';
import { callOk } from '../../support/call-ok';

// Runs against the real OS keychain: in CI under dbus-run-session with an unlocked gnome-keyring.
const course = generateCourse({ teams: 1 });
const tokens = createSimulatedTokens(course);
const keychain = createKeyringSecretStore();
const teacher = course.users.find((u) => u.id === course.staffMembers[0]?.id);

describe('saving a GitLab connection', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sim: GitlabSimulator;
  let core: Core;
  let events: AnyEvent[];
  const answers: unknown[] = [];

  const save = async (token?: string) => {
    const answer = await callOk(core, 'connections.save', { gitlabUrl: `${sim.url}/api/v4/`, ...(token ? { token } : {}) });
    answers.push(answer);
    return answer;
  };
  const list = async () => {
    const connections = await callOk(core, 'connections.list', {});
    answers.push(connections);
    return connections;
  };

  beforeEach(async () => {
    temp = makeTempDir();
    // Each simulator listens on its own port, so each test has its own keychain entry.
    sim = await startSimulatorWithTokens(course, tokens);
    core = await openCore({ dataDir: temp.path, env: {} });
    events = [];
    core.subscribe((event) => events.push(event));
  });

  afterEach(async () => {
    core.close();
    await keychain.deleteToken(sim.url);
    await sim.close();
    temp.cleanup();
  });

  it('stores an accepted token in the keychain and only its user, scopes and expiry in the database', async () => {
    const answer = await save(tokens.values.good);
    expect(answer).toMatchObject({
      gitlabUrl: sim.url,
      ok: true,
      status: 'ok',
      user: { username: teacher?.username, name: teacher?.name },
      scopes: ['read_api'],
      warnings: [],
    });
    expect(answer.tokenExpiresAt).toBe(isoDateInDays(200));
    expect(answer.expiresInDays).toBe(199);
    expect(await keychain.readToken(sim.url)).toBe(tokens.values.good);
    expect(await list()).toEqual([
      expect.objectContaining({
        gitlabUrl: sim.url,
        tokenSource: 'keychain',
        status: 'ok',
        username: teacher?.username,
        scopes: ['read_api'],
        tokenExpiresAt: isoDateInDays(200),
      }),
    ]);
    expect(events).toContainEqual({ name: 'connections.changed', payload: { gitlabUrl: sim.url } });
  });

  it('never writes the token to the database file, its WAL, or any answer', async () => {
    await save(tokens.values.good);
    await save(tokens.values.expired);
    answers.push(await callOk(core, 'connections.test', { gitlabUrl: sim.url }));
    await list();
    const database = join(temp.path, 'gitpulse.sqlite');
    const files = [database, `${database}-wal`].filter((file) => existsSync(file));
    expect(files).toHaveLength(2);
    const everything = [...files.map((file) => readFileSync(file)), Buffer.from(JSON.stringify(answers)), Buffer.from(JSON.stringify(events))];
    // The search must be able to find something: the user's name is written, the tokens are not.
    expect(everything.some((bytes) => bytes.includes(teacher?.username ?? '-'))).toBe(true);
    for (const bytes of everything) {
      expect(bytes.includes(tokens.values.good)).toBe(false);
      expect(bytes.includes(tokens.values.expired)).toBe(false);
    }
    core.close();
    expect(readFileSync(database).includes(tokens.values.good)).toBe(false);
  });

  it('warns when the token stops working within 14 days', async () => {
    const answer = await save(tokens.values.soon);
    expect(answer.ok).toBe(true);
    expect(answer.expiresInDays).toBe(5);
    expect(answer.warnings).toEqual([`The token expires in 5 days (${isoDateInDays(6)}, at midnight UTC); create a new one before then.`]);
  });

  it('notes that read_api is enough when the token has the api scope', async () => {
    const answer = await save(tokens.values.apiScope);
    expect(answer).toMatchObject({ ok: true, scopes: ['api'], warnings: ['The token has the api scope: read_api is enough; api also allows writing.'] });
  });

  it('refuses an expired or revoked token with GitLab’s reason and keeps the token saved before', async () => {
    await save(tokens.values.good);
    const expired = await save(tokens.values.expired);
    expect(expired).toMatchObject({ ok: false, status: 'unauthorized', user: null });
    expect(expired.message).toMatch(/^The token has expired\. GitLab said: "Token is expired\./);
    expect(expired.message).toMatch(/The token was not saved\. The connection keeps its previously saved token\.$/);
    const revoked = await save(tokens.values.revoked);
    expect(revoked).toMatchObject({ ok: false, status: 'unauthorized' });
    expect(revoked.message).toMatch(/^The token was revoked\. GitLab said: "Token was revoked\./);
    expect(await keychain.readToken(sim.url)).toBe(tokens.values.good);
    expect((await list())[0]).toMatchObject({ status: 'ok', username: teacher?.username, tokenSource: 'keychain' });
  });

  it('leaves nothing behind when the first token tried is unknown to GitLab', async () => {
    const answer = await save('glpat-never-issued-by-this-gitlab');
    expect(answer).toMatchObject({ ok: false, status: 'unauthorized' });
    expect(answer.message).toContain('GitLab does not recognise the token');
    expect(await keychain.readToken(sim.url)).toBeNull();
    expect(await list()).toEqual([]);
  });

  it('refuses a token without read_api, saying the scope is needed to sync', async () => {
    const userOnly = await save(tokens.values.userOnly);
    expect(userOnly).toMatchObject({ ok: false, status: 'forbidden', scopes: ['read_user'], warnings: ['The token needs the read_api scope to sync.'] });
    expect(userOnly.message).toContain(`GitLab accepted the token of ${teacher?.username}, but it has only the read_user scope(s).`);
    // read_repository cannot even read /user: GitLab answers 403 insufficient_scope and names the scope.
    const repoOnly = await save(tokens.values.repoOnly);
    expect(repoOnly).toMatchObject({ ok: false, status: 'forbidden' });
    expect(repoOnly.message).toMatch(/^GitLab refused the token: it lacks the read_api scope\./);
    expect(await keychain.readToken(sim.url)).toBeNull();
  });

  it('tests the saved token again, and records the answer', async () => {
    await save(tokens.values.good);
    sim.clock.set(new Date(Date.now() + 400 * 86_400_000).toISOString());
    const answer = await callOk(core, 'connections.test', { gitlabUrl: sim.url });
    expect(answer).toMatchObject({ ok: false, status: 'unauthorized' });
    expect((await list())[0]).toMatchObject({ status: 'unauthorized', statusMessage: answer.message });
  });

  it('tells how to add a token when there is none', async () => {
    const answer = await callOk(core, 'connections.test', { gitlabUrl: sim.url });
    expect(answer).toMatchObject({ ok: false, status: 'unauthorized' });
    expect(answer.message).toContain(`gitpulse connect --gitlab-url ${sim.url}`);
    expect(answer.message).toContain('GITLAB_TOKEN');
  });

  it('saves the request budget and CA file, and rejects a CA file that does not exist', async () => {
    await callOk(core, 'connections.save', { gitlabUrl: sim.url, token: tokens.values.good, requestsPerMinute: 120 });
    expect((await list())[0]).toMatchObject({ requestsPerMinute: 120, caFile: null });
    const missing = join(temp.path, 'no-such-ca.pem');
    const result = await core.call('connections.save', { gitlabUrl: sim.url, caFile: missing });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: `Cannot read the CA file ${missing}: it does not exist.` } });
    expect((await list())[0]).toMatchObject({ requestsPerMinute: 120, caFile: null, status: 'ok' });
  });

  it('reports a GitLab that cannot be reached as unreachable', async () => {
    await sim.close();
    const answer = await save(tokens.values.good);
    expect(answer).toMatchObject({ ok: false, status: 'unreachable' });
    expect(answer.message).toContain(`Cannot reach GitLab at ${sim.url}`);
  });

  it('removes the keychain entry and the connection', async () => {
    await save(tokens.values.good);
    expect(await callOk(core, 'connections.remove', { gitlabUrl: `${sim.url}/` })).toEqual({ removed: sim.url });
    expect(await keychain.readToken(sim.url)).toBeNull();
    expect(await list()).toEqual([]);
    expect(events.filter((e) => e.name === 'connections.changed')).toHaveLength(2);
    expect(await core.call('connections.remove', { gitlabUrl: sim.url })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lists the GitLab of every real course, untested until a test', async () => {
    await callOk(core, 'courses.add', { name: 'se', gitlabUrl: sim.url, groupPath: course.group.full_path });
    expect(await list()).toEqual([
      {
        gitlabUrl: sim.url,
        tokenSource: 'none',
        requestsPerMinute: 600,
        caFile: null,
        status: 'untested',
        statusMessage: null,
        checkedAt: null,
        username: null,
        scopes: [],
        tokenExpiresAt: null,
      },
    ]);
  });
});
