import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { startProxiedSyncFixture, type ProxiedSyncFixture } from '../../support/proxied-sync-fixture';
import { cliPath } from '../../support/run-cli';

const course = generateCourse({ teams: 1, seed: 4 });

function runCliSync(dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, '--data-dir', dataDir, 'sync'], {
      env: { ...process.env, GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve(output));
  });
}

describe('server text printed by the CLI', () => {
  let fixture: ProxiedSyncFixture;
  beforeAll(async () => {
    fixture = await startProxiedSyncFixture(course);
    fixture.core.close();
  });
  afterAll(() => fixture.close());

  it('reaches the terminal without escape sequences, line breaks or bidi overrides, and cut short', async () => {
    const hostile = `\u001b]0;pwned\u0007\u001b[2J\u001b[Hboom\r\nteam\u202Egnp.exe ${'x'.repeat(5000)}`;
    fixture.proxy.rewrite(/\/groups\/[^/]+\/projects\?/, (upstream) => ({ ...upstream, status: 400, body: Buffer.from(JSON.stringify({ message: hostile })) }));
    const output = await runCliSync(fixture.dataDir);
    expect(output).toContain('boom');
    expect(output).toContain('teamgnp.exe');
    // eslint-disable-next-line no-control-regex
    expect(output).not.toMatch(/[\u001b\u0007\u202E\r]/);
    expect(output).not.toContain('x'.repeat(1000));
  });
});
