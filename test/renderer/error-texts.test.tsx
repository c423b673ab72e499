import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeApiError, splitPlatformDetail } from '../../renderer/components/describe-api-error';
import { ErrorBanner } from '../../renderer/components/ErrorBanner';
import { LastSyncError } from '../../renderer/features/sync/LastSyncError';

const dbus =
  'Cannot save to the OS keychain (Platform secure storage failure: DBus error: org.freedesktop.DBus.Error.NotSupported:\nUnable to autolaunch a dbus-daemon without a $DISPLAY for X11). No D-Bus session bus is reachable: run GitPulse inside a desktop session with gnome-keyring or KWallet running (or start one with dbus-run-session).';

describe('errors an instructor reads', () => {
  it('show a sentence and what to do, with the code behind the details', () => {
    const described = describeApiError({ code: 'unreachable', message: 'GitLab at https://gitlab.example.edu did not answer' });
    expect(described.text).toBe('GitLab at https://gitlab.example.edu did not answer. Check the network connection and the GitLab address, then try again.');
    expect(described.details).toEqual(['Error code: unreachable']);
    const markup = renderToStaticMarkup(<ErrorBanner title="Could not connect" error={{ code: 'internal', message: 'Unexpected error: boom' }} />);
    expect(markup).not.toMatch(/\(internal\)/);
    expect(markup).toContain('Unexpected error: boom. Try again; if it happens again, report it with the details below.');
    expect(markup).toMatch(/<details[^>]*><summary>Details<\/summary><p[^>]*><bdi>Error code: internal<\/bdi><\/p><\/details>/);
  });

  it('keep a platform report (D-Bus) out of the sentence, behind the details', () => {
    const { text, details } = splitPlatformDetail(dbus);
    expect(text).toBe(
      'Cannot save to the OS keychain. No D-Bus session bus is reachable: run GitPulse inside a desktop session with gnome-keyring or KWallet running (or start one with dbus-run-session).',
    );
    expect(details).toEqual([expect.stringMatching(/^Platform secure storage failure: DBus error: .*\$DISPLAY for X11$/s)]);
    const markup = renderToStaticMarkup(<LastSyncError message={dbus} />);
    expect(markup.indexOf('org.freedesktop')).toBeGreaterThan(markup.indexOf('<summary>Details</summary>'));
  });

  it('leave a short parenthesis and a message with no platform text as they are', () => {
    expect(splitPlatformDetail('GitLab rejected the token (expired or revoked). Create a new token with the read_api scope.')).toEqual({
      text: 'GitLab rejected the token (expired or revoked). Create a new token with the read_api scope.',
      details: [],
    });
    expect(renderToStaticMarkup(<LastSyncError message="GitLab failed with 502 on merge requests" />)).not.toContain('<details');
  });
});
