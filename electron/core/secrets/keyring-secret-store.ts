import type { AsyncEntry, EntryOptions } from '@napi-rs/keyring';
import { SecretStoreUnavailableError, type SecretStore } from './secret-store';

/** The keychain service every GitPulse entry is filed under; the account is the GitLab base URL. */
export const keychainServiceName = 'GitPulse';

/** Relay client tokens are filed apart from GitLab tokens (the account is the relay's URL), so the two never collide. */
export const relayKeychainServiceName = 'GitPulse Relay';

type EntryConstructor = new (service: string, account: string, options?: EntryOptions) => AsyncEntry;

const headlessHint = 'On a server or in CI, set the GITLAB_TOKEN environment variable instead.';

/**
 * On Linux the library would otherwise fall back to the kernel keyring when the Secret Service is
 * missing: entries there vanish at logout and are not the ones the desktop app sees, so a token
 * would silently go somewhere the user cannot find it. Pinning makes that case an explicit error.
 */
const entryOptions: EntryOptions = { linux: { store: 'secret-service' } };

/** Turns what the native keyring reports into a sentence that says why and what to do. */
function explainKeyringFailure(action: string, error: unknown): SecretStoreUnavailableError {
  const detail = error instanceof Error ? error.message : String(error);
  const fix =
    process.platform === 'darwin'
      ? 'Unlock the login keychain in Keychain Access and allow GitPulse to use it.'
      : process.platform === 'win32'
        ? 'Check that Windows Credential Manager is available for your account.'
        : /dbus|autolaunch|socket/i.test(detail)
          ? 'No D-Bus session bus is reachable: run GitPulse inside a desktop session with gnome-keyring or KWallet running (or start one with dbus-run-session).'
          : /lock/i.test(detail)
            ? 'The keyring is locked (or its unlock prompt was dismissed): unlock it in your desktop session (for example in Seahorse, "Passwords and Keys") and try again.'
            : 'Install and unlock a Secret Service keyring (gnome-keyring or KWallet) in your desktop session.';
  return new SecretStoreUnavailableError(`Cannot ${action} the OS keychain (${detail}). ${fix} ${headlessHint}`);
}

/**
 * The SecretStore over the OS keychain through @napi-rs/keyring. The native module is loaded on
 * first use, so hosts that never touch tokens (tests, the demo, exports) run without libsecret.
 * Every failure becomes a SecretStoreUnavailableError; there is deliberately no plain-text fallback.
 * Callers pass the normalised GitLab base URL, so the app and the CLI address the same entry.
 */
export function createKeyringSecretStore(serviceName: string = keychainServiceName): SecretStore {
  let loading: Promise<EntryConstructor> | null = null;

  function loadEntryConstructor(): Promise<EntryConstructor> {
    loading ??= import('@napi-rs/keyring').then(
      (keyring) => keyring.AsyncEntry,
      (error: unknown) => {
        loading = null;
        throw new SecretStoreUnavailableError(
          `The OS keychain module could not be loaded on this system (${error instanceof Error ? error.message : String(error)}). ${headlessHint}`,
        );
      },
    );
    return loading;
  }

  async function withEntry<T>(action: string, gitlabUrl: string, use: (entry: AsyncEntry) => Promise<T>): Promise<T> {
    const Entry = await loadEntryConstructor();
    try {
      return await use(new Entry(serviceName, gitlabUrl, entryOptions));
    } catch (error) {
      throw explainKeyringFailure(action, error);
    }
  }

  return {
    readToken: (gitlabUrl) => withEntry('read from', gitlabUrl, async (entry) => (await entry.getPassword()) ?? null),
    saveToken: (gitlabUrl, token) => withEntry('save to', gitlabUrl, (entry) => entry.setPassword(token)),
    deleteToken: (gitlabUrl) => withEntry('delete from', gitlabUrl, (entry) => entry.deleteCredential()),
  };
}
