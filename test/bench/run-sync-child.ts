import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../support/temp-dir';
import { isChildMessage, type ChildMessage, type ParentMessage, type SyncOutcome } from './child-protocol';

const childPath = fileURLToPath(new URL('./sync-child.ts', import.meta.url));
/** Lets the core, run from source, import its migrations with `?raw` (see register-raw-imports.mjs). */
const rawImportsPath = fileURLToPath(new URL('./register-raw-imports.mjs', import.meta.url));
// `--import tsx` resolves from the working directory: run the child from the repository root.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface SyncChildOptions {
  gitlabUrl: string;
  groupPath: string;
  token: string;
  requestsPerMinute: number;
  /** Diagnostic: fork with --expose-gc and report the peak live heap (see ChildSetup). */
  isLiveHeapSampled?: boolean;
}

/** A core in its own process with a fresh data dir, set up for one course; sync() may be called repeatedly. */
export interface SyncChild {
  sync(): Promise<SyncOutcome>;
  close(): Promise<void>;
}

function exchange(child: ChildProcess, message: ParentMessage): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: unknown) => {
      if (!isChildMessage(reply)) return;
      cleanUp();
      if (reply.type === 'failed') reject(new Error(`sync child: ${reply.message}`));
      else resolve(reply);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`sync child exited (code ${code}) before answering ${message.type}`));
    };
    const cleanUp = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send(message);
  });
}

export async function startSyncChild(options: SyncChildOptions): Promise<SyncChild> {
  const temp = makeTempDir('gitpulse-bench-');
  const isLiveHeapSampled = options.isLiveHeapSampled ?? false;
  const execArgv = ['--import', 'tsx', '--import', rawImportsPath, ...(isLiveHeapSampled ? ['--expose-gc'] : [])];
  const child = fork(childPath, [], { cwd: repoRoot, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await exchange(child, { type: 'setup', dataDir: temp.path, ...options, isLiveHeapSampled });
  } catch (error) {
    child.kill();
    await exited;
    temp.cleanup();
    throw error;
  }
  return {
    async sync() {
      const reply = await exchange(child, { type: 'sync' });
      if (reply.type !== 'synced') throw new Error(`sync child answered ${reply.type} to sync`);
      const { type: _type, ...outcome } = reply;
      return outcome;
    },
    async close() {
      if (child.exitCode === null && child.connected) child.send({ type: 'exit' });
      await exited;
      temp.cleanup();
    },
  };
}
