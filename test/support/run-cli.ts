import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The built CLI (the bundled electron/cli/main.ts). The tests run it directly: `npm test` builds
 * before vitest, and the integration and e2e projects' global setup rebuilds a stale out/.
 */
export const cliPath = fileURLToPath(new URL('../../out/main/cli.js', import.meta.url));

/** The `gitpulse` command as package.json installs it: builds when stale, then runs cliPath. */
export const binPath = fileURLToPath(new URL('../../bin/gitpulse.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `gitpulse` command in a child process, as a user would. GITLAB_TOKEN and
 * GITPULSE_DATA_DIR from the test's own environment are cleared unless `env` sets them; `input`, when
 * given, is piped to stdin (then closed), as in `printf %s "$TOKEN" | gitpulse connect ...`;
 * `nodeArgs` replace what node runs before `args` (the built CLI unless given).
 */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, input?: string, nodeArgs: string[] = [cliPath]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, ...args], {
      env: { ...process.env, GITLAB_TOKEN: undefined, GITPULSE_DATA_DIR: undefined, ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin?.end(input);
  });
}

export function runCliWithInput(args: string[], input: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return runCli(args, env, input);
}
