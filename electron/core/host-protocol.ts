/**
 * The messages between the app's main process (electron/main/core-host.ts) and the core in its
 * utilityProcess (process-entry.ts). Types only: main may import this file and nothing else of the
 * core, so loading it can never start a core inside the main process.
 */
import type { AnyEvent } from '../../shared/api/events';
import type { ApiResult } from '../../shared/api/result';

export type PowerState = 'suspend' | 'resume';

/**
 * Messages the host sends. `start` comes first and exactly once; calls may follow it immediately.
 * Every `print-pdf` the core sent gets exactly one `pdf-printed` or `pdf-failed` with its id.
 */
export type HostMessage =
  | { type: 'start'; dataDir: string }
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'power'; state: PowerState }
  | { type: 'pdf-printed'; id: number; pdf: Uint8Array }
  | { type: 'pdf-failed'; id: number; message: string }
  | { type: 'shutdown' };

/**
 * Messages the core sends. Every `call` gets exactly one `result` with the same id. `print-pdf` asks
 * the host to print a self-contained HTML page (the feedback report) with Electron's printToPDF: a
 * utilityProcess has no browser of its own, and the app should not need a second Chromium.
 */
export type CoreMessage =
  | { type: 'ready' }
  | { type: 'start-failed'; message: string }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'event'; event: AnyEvent }
  | { type: 'print-pdf'; id: number; html: string };
