import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const cliPath = fileURLToPath(new URL('../../bin/gitpulse.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `gitpulse` command in a child process, as a user would. GITLAB_TOKEN and
 * GITPULSE_DATA_DIR from the test's own environment are cleared unless `env` sets them; `input`, when
 * given, is piped to stdin (then closed), as in `printf %s "$TOKEN" | gitpulse connect ...`.
 */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, input?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
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
