import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const relayBinPath = fileURLToPath(new URL('../../../relay/bin/gitpulse-relay.js', import.meta.url));

export interface SpawnedRelay {
  url: string;
  child: ChildProcess;
  /** Ends the process with this signal and resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `gitpulse-relay` through its bin, as an operator would, and waits for the URL it prints.
 * `binPath` lets the benchmark run another build of the relay against the same load.
 */
export function spawnRelay(args: string[], env: Record<string, string> = {}, binPath = relayBinPath): Promise<SpawnedRelay> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    const onExit = (code: number | null) => reject(new Error(`gitpulse-relay exited with ${code}: ${output}`));
    child.once('exit', onExit);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      child.off('exit', onExit);
      resolve({
        url,
        child,
        stop: (signal = 'SIGTERM') =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    });
  });
}

/** Runs the bin to completion and returns what it printed. */
export function runRelayBin(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [relayBinPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
