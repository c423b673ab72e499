import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = fileURLToPath(new URL('../../../test/support/run-headless.sh', import.meta.url));

describe('npm run test:headless', () => {
  it('is npm test through the headless wrapper, and CI runs exactly that', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['test:headless']).toBe('bash test/support/run-headless.sh npm test');
    const ci = readFileSync(`${root}.ci/run`, 'utf8');
    expect(ci).toMatch(/^npm run test:headless$/m);
    expect(ci).not.toMatch(/dbus-run-session/);
  });

  it('gives the command a real, unlocked keychain on a session bus of its own', () => {
    const roundTrip =
      'const { Entry } = require("@napi-rs/keyring"); const e = new Entry("gitpulse-headless-test", "someone"); e.setPassword("kept"); console.log(e.getPassword(), process.env.HOME)';
    const run = spawnSync('bash', [script, process.execPath, '-e', roundTrip], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '' },
    });
    expect(run.status, run.stderr).toBe(0);
    const [secret, home] = run.stdout.trim().split(' ');
    expect(secret).toBe('kept');
    expect(home).not.toBe(process.env.HOME);
  });

  it('names the Debian packages when the keyring tools are missing, installing nothing', () => {
    const run = spawnSync('/bin/bash', [script, 'true'], { encoding: 'utf8', env: { PATH: '/nonexistent' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'test:headless: dbus-run-session is missing; install the Debian packages dbus-daemon gnome-keyring libsecret-1-0 (apt-get install dbus-daemon gnome-keyring libsecret-1-0).\n',
    );
  });
});
