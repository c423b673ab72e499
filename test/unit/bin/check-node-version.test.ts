import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = (name: string) => fileURLToPath(new URL(`../../../bin/${name}`, import.meta.url));
// Node 20 is not on this machine, so the child pretends to be it before the script runs.
const pretendNode20 = 'data:text/javascript,Object.defineProperty(process, "versions", { value: { ...process.versions, node: "20.11.1" } })';

describe('the Node version check before the tests and the CLI', () => {
  it('stops an older Node with the one line the CLI gives', () => {
    for (const name of ['check-node-version.js', 'gitpulse.js']) {
      const run = spawnSync(process.execPath, ['--import', pretendNode20, script(name), '--version'], { encoding: 'utf8' });
      expect(run.status, name).toBe(1);
      expect(run.stderr, name).toBe('gitpulse: needs Node 24 or newer (this is Node 20.11.1).\n');
      expect(run.stdout, name).toBe('');
    }
  });

  it('lets Node 24 through silently', () => {
    const run = spawnSync(process.execPath, [script('check-node-version.js')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('runs before npm test', async () => {
    const { default: pkg } = (await import('../../../package.json', { with: { type: 'json' } })) as { default: { scripts: Record<string, string> } };
    expect(pkg.scripts.pretest).toBe('node bin/check-node-version.js');
  });
});
