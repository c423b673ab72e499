export interface EventNotifier {
  /** Resolves true when an event is committed, false on timeout, abort or close. */
  waitForEvent(timeoutMs: number, signal: AbortSignal): Promise<boolean>;
  notifyCommitted(): void;
  /** Releases every waiter (shutdown). */
  close(): void;
}

/** Wakes long polls when a commit lands. */
export function createEventNotifier(): EventNotifier {
  const waiters = new Set<(hasEvent: boolean) => void>();
  let isClosed = false;
  return {
    waitForEvent: (timeoutMs, signal) =>
      new Promise<boolean>((resolve) => {
        if (isClosed || signal.aborted || timeoutMs <= 0) {
          resolve(false);
          return;
        }
        const finish = (hasEvent: boolean) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          waiters.delete(finish);
          resolve(hasEvent);
        };
        const onAbort = () => finish(false);
        const timer = setTimeout(() => finish(false), timeoutMs);
        signal.addEventListener('abort', onAbort);
        waiters.add(finish);
      }),
    notifyCommitted: () => {
      for (const waiter of [...waiters]) waiter(true);
    },
    close: () => {
      isClosed = true;
      for (const waiter of [...waiters]) waiter(false);
    },
  };
}
