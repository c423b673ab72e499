import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyringSecretStore } from '../../../electron/core/secrets/keyring-secret-store';

// The real OS keychain: in CI, gnome-keyring under dbus-run-session (see libraries.md §2).
const gitlabUrl = `https://gitlab-${randomBytes(4).toString('hex')}.example.edu`;
const store = createKeyringSecretStore();
// A keychain that cannot be reached is tested through the CLI (connect-cli.test.ts): the native module
// keeps its D-Bus connection for the life of the process, so only a fresh process can lack one.

afterEach(async () => {
  await store.deleteToken(gitlabUrl);
});

describe('the keychain secret store', () => {
  it('saves, reads, replaces and deletes one token per GitLab URL', async () => {
    expect(await store.readToken(gitlabUrl)).toBeNull();
    await store.saveToken(gitlabUrl, 'glpat-first');
    await store.saveToken(gitlabUrl, 'glpat-second');
    expect(await store.readToken(gitlabUrl)).toBe('glpat-second');
    expect(await store.readToken(`${gitlabUrl}/other`)).toBeNull();
    expect(await store.deleteToken(gitlabUrl)).toBe(true);
    expect(await store.deleteToken(gitlabUrl)).toBe(false);
    expect(await store.readToken(gitlabUrl)).toBeNull();
  });

  it('shares entries between separate stores, as the app and the CLI do', async () => {
    await createKeyringSecretStore().saveToken(gitlabUrl, 'glpat-shared');
    expect(await createKeyringSecretStore().readToken(gitlabUrl)).toBe('glpat-shared');
  });
});
