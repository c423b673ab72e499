import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CommitReply, CommitRequest } from './commit-worker';
import type { InsertResult, NewEvent } from './events-repo';

export interface EventWriter {
  /** Resolves once the event is committed (or found to be a duplicate). */
  write(event: NewEvent): Promise<InsertResult>;
  /** Resolves when everything queued so far is committed. */
  drain(): Promise<void>;
  /** Drains, then closes the writer's database connection and ends its thread. */
  close(): Promise<void>;
}

export interface EventWriterOptions {
  /** The relay's database file, already created and migrated. */
  databasePath: string;
  /** Called after each commit with the highest new cursor, to wake long polls. */
  onCommitted(lastCursor: number): void;
  /** Awaited before each commit; tests use it to hold deliveries in flight. */
  beforeCommit?: () => Promise<void>;
}

interface Pending {
  event: NewEvent;
  resolve(result: InsertResult): void;
  reject(error: unknown): void;
}

/** Built, the worker sits beside the bundle in dist/; from source (the tests) Node runs the .ts file. */
function findWorkerFile(): URL {
  const built = new URL('./commit-worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL('./commit-worker.ts', import.meta.url);
}

/**
 * Group commit on a writer thread: deliveries that arrive while a commit is on its way to disk wait
 * in the queue and go together in the next transaction, so one fsync serves many answers, and every
 * answer still comes after its own commit. Meanwhile the main thread keeps reading and parsing
 * requests instead of sitting in fsync. One batch is in flight at a time, which keeps cursors
 * committed in order: a reader never sees cursor n+1 before n.
 */
export function createEventWriter(options: EventWriterOptions): EventWriter {
  const worker = new Worker(findWorkerFile(), { workerData: { databasePath: options.databasePath } });
  const waiting = new Map<number, (reply: CommitReply) => void>();
  let nextId = 1;
  let failure: Error | null = null;
  let queue: Pending[] = [];
  let current: Promise<void> | null = null;

  /** A dead writer thread fails what it held and everything after it: the deliveries are answered 503, never 2xx. */
  function failAll(error: Error): void {
    failure ??= error;
    console.error(`gitpulse-relay: the event writer stopped: ${error.message}`);
    for (const [id, settle] of waiting) settle({ id, error: error.message });
    waiting.clear();
  }
  worker.on('message', (reply: CommitReply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the writer thread exited (${code})`)));

  function send(request: CommitRequest): Promise<InsertResult[]> {
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      waiting.set(request.id, (reply) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply.results)));
      worker.postMessage(request);
    });
  }

  async function flush(): Promise<void> {
    // Yield once so every request already parsed in this turn joins the batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.beforeCommit) await options.beforeCommit();
    const batch = queue;
    queue = [];
    try {
      const results = await send({ id: nextId++, events: batch.map((pending) => pending.event) });
      batch.forEach((pending, index) => pending.resolve(results[index] ?? { cursor: null, isDuplicate: true }));
      const cursors = results.flatMap((result) => (result.cursor === null ? [] : [result.cursor]));
      if (cursors.length > 0) options.onCommitted(Math.max(...cursors));
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
  }

  function schedule(): void {
    if (current) return;
    current = flush().finally(() => {
      current = null;
      if (queue.length > 0) schedule();
    });
  }

  const writer: EventWriter = {
    write: (event) =>
      new Promise<InsertResult>((resolve, reject) => {
        queue.push({ event, resolve, reject });
        schedule();
      }),
    drain: async () => {
      while (current) await current;
    },
    close: async () => {
      await writer.drain();
      if (failure) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      await send({ id: nextId++, close: true }).catch(() => undefined);
      await exited;
    },
  };
  return writer;
}
