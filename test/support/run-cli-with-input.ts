import { spawn } from 'node:child_process';
import { cliPath, type CliRun } from './run-cli';

/**
 * Runs the real `gitpulse` command with `input` piped to its stdin (then closed), as in
 * `printf %s "$TOKEN" | gitpulse connect ...`. Like runCli, it clears GITLAB_TOKEN unless env sets it.
 */
export function runCliWithInput(args: string[], input: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...process.env, GITLAB_TOKEN: undefined, GITPULSE_DATA_DIR: undefined, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
