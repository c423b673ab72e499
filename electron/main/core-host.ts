import { utilityProcess } from 'electron';
import type { UtilityProcess } from 'electron';
import type { MethodName } from '../../shared/api/contract';
import type { AnyEvent } from '../../shared/api/events';
import type { ApiError, ApiResult } from '../../shared/api/result';
import type { CoreMessage, HostMessage, PowerState } from '../core/host-protocol';
import { parseCoreMessage } from './parse-core-message';
import { createPendingCalls } from './pending-calls';
import { decideRestartDelay } from './restart-policy';

export interface CoreHostOptions {
  /** out/main/core.js, the bundled electron/core/process-entry.ts. */
  entryPath: string;
  /** Folder holding gitpulse.sqlite, sent to the core in its first message. */
  dataDir: string;
  /** Called with every event the core pushes. */
  onEvent: (event: AnyEvent) => void;
  /** How long `stop` waits for the core to close its database before killing it. */
  stopTimeoutMs?: number;
  /** Prints the core's feedback report HTML to PDF (electron/main/print-report-to-pdf.ts). */
  printPdf: (html: string) => Promise<Uint8Array>;
}

/** The core as the main process sees it: calls answered by a utility process that survives crashes. */
export interface CoreHost {
  call(method: MethodName, input: unknown): Promise<ApiResult<unknown>>;
  notifyPower(state: PowerState): void;
  /** Asks the core to close and exit; settles once it has, or once it was killed after the timeout. */
  stop(): Promise<void>;
}

const crashedError: ApiError = {
  code: 'internal',
  message: 'The GitPulse core stopped unexpectedly while answering and is being restarted. Try again.',
};
const gaveUpError: ApiError = {
  code: 'internal',
  message: 'The GitPulse core keeps crashing and was not restarted. Restart the app; if it persists, check the log.',
};
const quittingError: ApiError = { code: 'cancelled', message: 'GitPulse is quitting.' };

/**
 * Runs the core in an Electron utilityProcess, so SQLite and GitLab work never block the main
 * process's event loop (and with it every window and IPC reply).
 *
 * Protocol (types in electron/core/process-entry.ts): the host forks the process and posts `start`
 * with the data folder, then `call { id, method, input }` messages right away (the core awaits its
 * own opening); the core answers each with `result { id, result }` and pushes `event` messages. If the
 * process exits without being asked to, every call it held fails with an `internal` error value, and
 * a new process starts after a short delay that grows if it keeps crashing; calls made during the
 * delay wait for the new process.
 */
export function startCoreHost(options: CoreHostOptions): CoreHost {
  const pending = createPendingCalls();
  const crashTimes: number[] = [];
  let child: UtilityProcess | null = null;
  let waitingForProcess: HostMessage[] = [];
  let restartTimer: NodeJS.Timeout | null = null;
  let phase: 'running' | 'gave-up' | 'stopping' = 'running';
  let stopping: Promise<void> | null = null;

  spawnCore();

  function spawnCore(): void {
    let started: UtilityProcess;
    try {
      started = utilityProcess.fork(options.entryPath, [], { serviceName: 'GitPulse core', env: { ...process.env } });
    } catch (error) {
      console.error('GitPulse core: could not start the process', error);
      handleCrash(null);
      return;
    }
    child = started;
    started.on('message', (data: unknown) => handleCoreMessage(data));
    started.on('exit', (code) => handleExit(started, code));
    started.on('error', (type, location) => console.error(`GitPulse core: ${type} at ${location}`));
    started.postMessage({ type: 'start', dataDir: options.dataDir } satisfies HostMessage);
    for (const message of waitingForProcess) started.postMessage(message);
    waitingForProcess = [];
  }

  function handleCoreMessage(data: unknown): void {
    const message: CoreMessage | null = parseCoreMessage(data);
    if (!message) {
      console.error('GitPulse core: dropped a malformed message');
      return;
    }
    switch (message.type) {
      case 'result':
        if (!pending.settle(message.id, message.result)) console.warn(`GitPulse core: answer to unknown call ${message.id}`);
        return;
      case 'event':
        options.onEvent(message.event);
        return;
      case 'ready':
        console.info('GitPulse core: ready');
        return;
      case 'start-failed':
        console.error(`GitPulse core: could not open its data: ${message.message}`);
        return;
      case 'print-pdf':
        void answerPrint(message.id, message.html);
        return;
    }
  }

  async function answerPrint(id: number, html: string): Promise<void> {
    // Answered to whichever process asked; if it crashed meanwhile, its export failed with it.
    const asking = child;
    let reply: HostMessage;
    try {
      reply = { type: 'pdf-printed', id, pdf: await options.printPdf(html) };
    } catch (error) {
      reply = { type: 'pdf-failed', id, message: error instanceof Error ? error.message : String(error) };
    }
    if (asking && asking === child) asking.postMessage(reply);
  }

  function handleExit(exited: UtilityProcess, code: number): void {
    if (child !== exited) return;
    child = null;
    if (phase === 'stopping') return;
    console.error(`GitPulse core: exited unexpectedly with code ${code}`);
    handleCrash(code);
  }

  function handleCrash(code: number | null): void {
    // Everything not yet answered fails now; a queued call must then never run later behind the
    // caller's back (it might add a course the user was told was not added).
    waitingForProcess = [];
    pending.failAll(crashedError);
    const now = Date.now();
    crashTimes.push(now);
    const delay = decideRestartDelay(crashTimes, now);
    if (delay === null) {
      phase = 'gave-up';
      console.error(`GitPulse core: gave up after ${crashTimes.length} crashes (last exit code ${code ?? 'none'})`);
      return;
    }
    restartTimer = setTimeout(() => {
      restartTimer = null;
      if (phase === 'running') spawnCore();
    }, delay);
  }

  function sendToCore(message: HostMessage): void {
    if (child) child.postMessage(message);
    else waitingForProcess.push(message);
  }

  return {
    call(method, input) {
      if (phase === 'gave-up') return Promise.resolve({ ok: false, error: gaveUpError });
      if (phase === 'stopping') return Promise.resolve({ ok: false, error: quittingError });
      const { id, result } = pending.add();
      sendToCore({ type: 'call', id, method, input });
      return result;
    },
    notifyPower(state) {
      // Not queued: a notice delivered after a restart would describe a moment that has passed.
      child?.postMessage({ type: 'power', state } satisfies HostMessage);
    },
    stop() {
      stopping ??= stopCore();
      return stopping;
    },
  };

  async function stopCore(): Promise<void> {
    phase = 'stopping';
    if (restartTimer) clearTimeout(restartTimer);
    restartTimer = null;
    waitingForProcess = [];
    pending.failAll(quittingError);
    const running = child;
    if (!running) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.postMessage({ type: 'shutdown' } satisfies HostMessage);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.stopTimeoutMs ?? 5_000);
    });
    if ((await Promise.race([exited, timedOut])) === 'timeout') {
      console.error('GitPulse core: did not exit in time; killing it');
      running.kill();
    }
    clearTimeout(timer);
  }
}
