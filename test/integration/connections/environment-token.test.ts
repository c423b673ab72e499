import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { createKeyringSecretStore } from '../../../electron/core/secrets/keyring-secret-store';
import { createStore, type Store } from '../../../electron/core/store/create-store';
import { loadSyncConnection, recordConnectionStatus, type SyncConnectionSources } from '../../../electron/core/sync/load-sync-connection';
import type { GitlabSimulator } from '../../support/gitlab-simulator';
import { createSimulatedTokens, startSimulatorWithTokens } from '../../support/simulated-tokens';
import { makeTempDir } from '../../support/temp-dir';
import { callOk } from '../../support/call-ok';

const course = generateCourse({ teams: 1 });
const tokens = createSimulatedTokens(course);
const keychain = createKeyringSecretStore();

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

describe('GITLAB_TOKEN', () => {
  it('overrides the token saved in the keychain', async () => {
    await keychain.saveToken(sim.url, tokens.values.good);
    const core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: tokens.values.revoked } });
    try {
      await callOk(core, 'courses.add', { name: 'se', gitlabUrl: sim.url, groupPath: course.group.full_path });
      const answer = await callOk(core, 'connections.test', { gitlabUrl: sim.url });
      expect(answer).toMatchObject({ ok: false, status: 'unauthorized' });
      expect(answer.message).toMatch(/^The token was revoked\./);
      expect(await callOk(core, 'connections.list', {})).toEqual([
        expect.objectContaining({ gitlabUrl: sim.url, tokenSource: 'environment', status: 'unauthorized' }),
      ]);
      expect(await keychain.readToken(sim.url)).toBe(tokens.values.good);
    } finally {
      core.close();
    }
  });

  it('connects without any keychain entry, and a token saved meanwhile is flagged as overridden', async () => {
    const core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: ` ${tokens.values.other}\n` } });
    try {
      expect(await callOk(core, 'connections.test', { gitlabUrl: sim.url })).toMatchObject({
        ok: true,
        status: 'ok',
        tokenExpiresAt: null,
        expiresInDays: null,
      });
      const saved = await callOk(core, 'connections.save', { gitlabUrl: sim.url, token: tokens.values.good });
      expect(saved.warnings).toContain('GITLAB_TOKEN is set here and overrides the saved token until it is unset.');
      expect(await keychain.readToken(sim.url)).toBe(tokens.values.good);
    } finally {
      core.close();
    }
  });
});

describe('the sync engine’s access to a connection', () => {
  let store: Store;
  let sources: SyncConnectionSources;

  beforeEach(() => {
    store = createStore(temp.path);
    sources = { store, secrets: keychain, env: {} };
  });

  afterEach(() => store.close());

  it('says how to add a token when there is none', async () => {
    await expect(loadSyncConnection(sources, sim.url)).rejects.toMatchObject({
      code: 'unauthorized',
      message: expect.stringContaining(`gitpulse connect --gitlab-url ${sim.url}`),
    });
  });

  it('hands over the saved token, the request budget and a fetch that reaches GitLab', async () => {
    await keychain.saveToken(sim.url, tokens.values.good);
    const connection = await loadSyncConnection(sources, `${sim.url}/`);
    expect(connection).toMatchObject({ token: tokens.values.good, requestsPerMinute: 600 });
    const response = await connection.fetch(`${sim.url}/api/v4/user`, { headers: { 'PRIVATE-TOKEN': connection.token } });
    expect(response.status).toBe(200);
  });

  it('records a 401 seen during a sync without forgetting the token’s user, and does not block the next sync on it', async () => {
    const core = await openCore({ dataDir: temp.path, env: {} });
    try {
      await callOk(core, 'connections.save', { gitlabUrl: sim.url, token: tokens.values.good });
      expect(recordConnectionStatus(store, `${sim.url}/`, 'unauthorized', 'GitLab rejected the token (expired or revoked).')).toBe(sim.url);
      const [stored] = await callOk(core, 'connections.list', {});
      expect(stored).toMatchObject({ status: 'unauthorized', statusMessage: 'GitLab rejected the token (expired or revoked).', scopes: ['read_api'] });
      expect(stored?.username).not.toBeNull();
      expect((await loadSyncConnection(sources, sim.url)).token).toBe(tokens.values.good);
    } finally {
      core.close();
    }
  });
});
