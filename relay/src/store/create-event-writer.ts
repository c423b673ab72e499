import type { EventsRepo, InsertResult, NewEvent } from './events-repo';

export interface EventWriter {
  /** Resolves once the event is committed (or found to be a duplicate). */
  write(event: NewEvent): Promise<InsertResult>;
  /** Resolves when everything queued so far is committed. */
  drain(): Promise<void>;
}

export interface EventWriterOptions {
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

/**
 * Group commit: deliveries that arrive while a commit is being prepared share one transaction and
 * so one fsync, then each is answered. Every answer still comes after its own commit, which is what
 * makes synchronous=FULL affordable at a thousand deliveries a second. One writer also keeps cursors
 * committed in order, so a reader never sees cursor n+1 before n.
 */
export function createEventWriter(repo: EventsRepo, options: EventWriterOptions): EventWriter {
  let queue: Pending[] = [];
  let current: Promise<void> | null = null;

  async function flush(): Promise<void> {
    // Yield once so every request already parsed in this turn joins the batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.beforeCommit) await options.beforeCommit();
    const batch = queue;
    queue = [];
    try {
      const results = repo.insertEvents(batch.map((pending) => pending.event));
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

  return {
    write: (event) =>
      new Promise<InsertResult>((resolve, reject) => {
        queue.push({ event, resolve, reject });
        schedule();
      }),
    drain: async () => {
      while (current) await current;
    },
  };
}
