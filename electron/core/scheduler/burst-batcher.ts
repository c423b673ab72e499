export interface BurstBatcherOptions<T> {
  /** Flush once nothing was added for this long. */
  quietMs: number;
  /** Flush at the latest this long after the first item of a batch, however busy things stay. */
  maxWaitMs: number;
  onFlush(items: T[]): void;
}

/**
 * Collects items that arrive in bursts (a push, its pipeline, its jobs, comments: a dozen webhooks in
 * a few seconds) and hands them over together once the burst is over. The cap on the wait keeps a
 * steady stream of events from postponing the flush for ever.
 */
export function createBurstBatcher<T>(options: BurstBatcherOptions<T>) {
  let items: T[] = [];
  let timer: NodeJS.Timeout | null = null;
  let firstAt = 0;

  function flush(): void {
    timer = null;
    const batch = items;
    items = [];
    if (batch.length > 0) options.onFlush(batch);
  }

  return {
    add(item: T): void {
      const now = Date.now();
      if (items.length === 0) firstAt = now;
      items.push(item);
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, Math.min(options.quietMs, firstAt + options.maxWaitMs - now));
      timer = setTimeout(flush, wait);
      // A CLI process must not stay alive for a flush nobody waits for.
      timer.unref();
    },
    pending: () => items.length,
    stop(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      items = [];
    },
  };
}

export type BurstBatcher<T> = ReturnType<typeof createBurstBatcher<T>>;
