/**
 * Entry of the core when the desktop app runs it in an Electron utilityProcess (bundled as
 * out/main/core.js). Plain Node: the only Electron-specific thing is `process.parentPort`, declared
 * below because @types/node does not know it. The host side is electron/main/core-host.ts.
 */
import type { ApiResult } from '../../shared/api/result';
import type { Core } from './core';
import type { PdfRenderer } from './export/render-pdf-with-chromium';
import type { CoreMessage, HostMessage } from './host-protocol';
import { openCore } from './open-core';

/** The part of Electron's utility-process parentPort this file uses. */
interface ParentPort {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): void;
  postMessage(message: CoreMessage): void;
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
if (!parentPort) {
  console.error('core.js runs inside the GitPulse app (an Electron utilityProcess); use the gitpulse CLI under plain Node.');
  process.exit(1);
}
const port: ParentPort = parentPort;

/** How long quitting waits for a cancelled sync's cleanup; the host kills the process soon after. */
const shutdownGraceMs = 3_000;

/** A report with charts for every team prints in seconds; a minute means the host is stuck. */
const printTimeoutMs = 60_000;

let opening: Promise<Core | Error> | null = null;
let openedCore: Core | null = null;
let unsubscribe: (() => void) | null = null;

port.on('message', ({ data }) => {
  const message = parseHostMessage(data);
  if (!message) {
    console.error('GitPulse core: ignoring a malformed message from the host');
    return;
  }
  handleHostMessage(message);
});

const pendingPrints = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void }>();
let nextPrintId = 1;

/** The app prints with its own Chromium (main's printToPDF) instead of launching another one. */
const printWithHost: PdfRenderer = (html) =>
  new Promise((resolve, reject) => {
    const id = nextPrintId++;
    const timer = setTimeout(() => {
      pendingPrints.delete(id);
      reject(new Error('The app did not print the report within a minute; try again.'));
    }, printTimeoutMs);
    pendingPrints.set(id, {
      resolve: (pdf) => {
        clearTimeout(timer);
        resolve(pdf);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    port.postMessage({ type: 'print-pdf', id, html });
  });

function settlePrint(id: number, outcome: { pdf: Uint8Array } | { message: string }): void {
  const pending = pendingPrints.get(id);
  pendingPrints.delete(id);
  if (!pending) return;
  if ('pdf' in outcome) pending.resolve(outcome.pdf);
  else pending.reject(new Error(`The app could not print the report: ${outcome.message}`));
}

// Covers every way out (shutdown message, host kill, uncaught error) so SQLite is closed cleanly
// whenever the process gets the chance; close() is synchronous, as exit handlers must be.
process.on('exit', closeCore);

function handleHostMessage(message: HostMessage): void {
  switch (message.type) {
    case 'start':
      if (!opening) opening = startCore(message.dataDir);
      return;
    case 'call':
      void answerCall(message.id, message.method, message.input);
      return;
    case 'power':
      // Suspend needs nothing: the OS freezes timers and sockets, and a sync cut off by sleep fails
      // and is retried by the scheduler. Resume catches up what fell due while asleep.
      if (message.state === 'resume') openedCore?.notifyResumed();
      return;
    case 'pdf-printed':
      settlePrint(message.id, { pdf: message.pdf });
      return;
    case 'pdf-failed':
      settlePrint(message.id, { message: message.message });
      return;
    case 'shutdown':
      void shutDown();
      return;
  }
}

async function startCore(dataDir: string): Promise<Core | Error> {
  try {
    const core = await openCore({ dataDir, env: process.env, isSchedulerEnabled: true, renderPdf: printWithHost });
    openedCore = core;
    unsubscribe = core.subscribe((event) => port.postMessage({ type: 'event', event }));
    port.postMessage({ type: 'ready' });
    return core;
  } catch (error) {
    // Staying alive and answering every call with this reason beats crashing: the host would restart
    // a core that fails the same way each time (say, a database from a newer app version).
    const failure = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'start-failed', message: failure.message });
    return failure;
  }
}

async function answerCall(id: number, method: string, input: unknown): Promise<void> {
  port.postMessage({ type: 'result', id, result: await runCall(method, input) });
}

async function runCall(method: string, input: unknown): Promise<ApiResult<unknown>> {
  if (!opening) return failInternal('The core received a call before it was started.');
  const core = await opening;
  if (core instanceof Error) return failInternal(`The core could not open its data: ${core.message}`);
  try {
    return await core.call(method, input);
  } catch (error) {
    // The core answers with error values; a throw is a bug, reported without its stack.
    return failInternal(error instanceof Error ? error.message : 'The core failed unexpectedly.');
  }
}

async function shutDown(): Promise<void> {
  if (opening) await opening;
  // Quitting mid-sync: the cancelled sync frees its lease before the store closes.
  await openedCore?.closeGracefully(shutdownGraceMs);
  closeCore();
  process.exit(0);
}

function closeCore(): void {
  const core = openedCore;
  openedCore = null;
  unsubscribe?.();
  unsubscribe = null;
  core?.close();
}

function failInternal(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'internal', message } };
}

function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'start':
      return typeof message.dataDir === 'string' ? { type: 'start', dataDir: message.dataDir } : null;
    case 'call':
      return typeof message.id === 'number' && Number.isSafeInteger(message.id) && typeof message.method === 'string'
        ? { type: 'call', id: message.id, method: message.method, input: message.input }
        : null;
    case 'power':
      return message.state === 'suspend' || message.state === 'resume' ? { type: 'power', state: message.state } : null;
    case 'pdf-printed':
      return typeof message.id === 'number' && message.pdf instanceof Uint8Array ? { type: 'pdf-printed', id: message.id, pdf: message.pdf } : null;
    case 'pdf-failed':
      return typeof message.id === 'number' && typeof message.message === 'string' ? { type: 'pdf-failed', id: message.id, message: message.message } : null;
    case 'shutdown':
      return { type: 'shutdown' };
    default:
      return null;
  }
}
