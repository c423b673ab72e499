#!/usr/bin/env bash
# `npm run test:headless`: runs the given command (npm test by default) the way .ci/run does on a
# machine without a desktop session: a private D-Bus session bus with an unlocked gnome-keyring, in a
# throwaway HOME so no existing keyring (with another password) gets in the way. Installs nothing.
set -uo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "test:headless: $tool is missing; install the Debian packages dbus-daemon gnome-keyring libsecret-1-0 (apt-get install dbus-daemon gnome-keyring libsecret-1-0)." >&2
    exit 1
  fi
done
if [ $# -eq 0 ]; then set -- npm test; fi
export npm_config_cache="${npm_config_cache:-$HOME/.npm}"
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
# The command's words travel as arguments, not pasted into the inner script, so spaces survive.
HOME="$keyring_home" dbus-run-session -- bash -c 'echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' run-headless "$@"
