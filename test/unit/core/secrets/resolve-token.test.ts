import { describe, expect, it } from 'vitest';
import { resolveToken } from '../../../../electron/core/secrets/resolve-token';
import { SecretStoreUnavailableError, type SecretStore } from '../../../../electron/core/secrets/secret-store';

const gitlabUrl = 'https://gitlab.example.edu';

/** The OS keychain is outside the project; this stand-in keeps entries in a Map and counts reads. */
function createMemorySecretStore(entries: Record<string, string> = {}) {
  const tokens = new Map(Object.entries(entries));
  let reads = 0;
  const store: SecretStore = {
    readToken: (url) => {
      reads += 1;
      return Promise.resolve(tokens.get(url) ?? null);
    },
    saveToken: (url, token) => {
      tokens.set(url, token);
      return Promise.resolve();
    },
    deleteToken: (url) => Promise.resolve(tokens.delete(url)),
  };
  return { store, countReads: () => reads };
}

const unavailableStore: SecretStore = {
  readToken: () => Promise.reject(new SecretStoreUnavailableError('No Secret Service here.')),
  saveToken: () => Promise.reject(new SecretStoreUnavailableError('No Secret Service here.')),
  deleteToken: () => Promise.reject(new SecretStoreUnavailableError('No Secret Service here.')),
};

describe('resolveToken', () => {
  it('takes GITLAB_TOKEN, trimmed, over the keychain without reading the keychain', async () => {
    const keychain = createMemorySecretStore({ [gitlabUrl]: 'glpat-from-keychain' });
    const resolved = await resolveToken({ gitlabUrl, env: { GITLAB_TOKEN: '  glpat-from-env\n' }, secrets: keychain.store });
    expect(resolved).toEqual({ token: 'glpat-from-env', source: 'environment' });
    expect(keychain.countReads()).toBe(0);
  });

  it('uses the keychain entry of this GitLab URL when GITLAB_TOKEN is unset or blank', async () => {
    const keychain = createMemorySecretStore({ [gitlabUrl]: 'glpat-from-keychain', 'https://other.example.edu': 'glpat-other' });
    for (const env of [{}, { GITLAB_TOKEN: '' }, { GITLAB_TOKEN: '   ' }]) {
      expect(await resolveToken({ gitlabUrl, env, secrets: keychain.store })).toEqual({ token: 'glpat-from-keychain', source: 'keychain' });
    }
  });

  it('answers null when neither the environment nor the keychain has a token', async () => {
    const keychain = createMemorySecretStore({ 'https://other.example.edu': 'glpat-other' });
    expect(await resolveToken({ gitlabUrl, env: {}, secrets: keychain.store })).toBeNull();
  });

  it('treats a blank keychain entry as no token', async () => {
    const keychain = createMemorySecretStore({ [gitlabUrl]: ' \n' });
    expect(await resolveToken({ gitlabUrl, env: {}, secrets: keychain.store })).toBeNull();
  });

  it('works headless with GITLAB_TOKEN even when the keychain is unavailable', async () => {
    expect(await resolveToken({ gitlabUrl, env: { GITLAB_TOKEN: 'glpat-ci' }, secrets: unavailableStore })).toEqual({
      token: 'glpat-ci',
      source: 'environment',
    });
  });

  it('passes an unavailable keychain on to the caller when there is no GITLAB_TOKEN', async () => {
    await expect(resolveToken({ gitlabUrl, env: {}, secrets: unavailableStore })).rejects.toBeInstanceOf(SecretStoreUnavailableError);
  });
});
