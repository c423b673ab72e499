import { spawn, type ChildProcess } from 'node:child_process';
import { cliPath } from './run-cli';

export interface CliServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts `gitpulse serve` as a user would and waits for the URL it prints. */
export function startCliServer(dataDir: string, options: { isScheduled?: boolean } = {}): Promise<CliServer> {
  return new Promise((resolve, reject) => {
    // No schedule unless asked: the tests decide when a sync runs. A scheduled server also long-polls its relay.
    const args = [cliPath, '--data-dir', dataDir, 'serve', ...(options.isScheduled ? [] : ['--no-schedule'])];
    const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`gitpulse serve printed no URL: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/#session=[\w-]+/.exec(output)?.[0];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gitpulse serve exited with ${code}: ${output}`));
    });
  });
}
