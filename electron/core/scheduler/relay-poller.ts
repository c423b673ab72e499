export interface RelayPollerOptions {
  /** One long poll: resolves when it got an answer (events or a timeout), rejects when the relay failed. */
  pollOnce(signal: AbortSignal): Promise<void>;
  /** The relay failed this many times in a row. */
  onFailure?(failures: number): void;
}

/** After a failure the next try waits 2 s, then 4, 8... up to a minute: a relay that is down is not hammered. */
const firstRetryMs = 2_000;
const maxRetryMs = 60_000;

/**
 * Keeps long-polling the relay until stop(). The long poll itself is the wait while things are quiet
 * (the relay holds each request up to 30 s and answers the moment an event is committed); the only
 * timer is the back-off after a failure, which lives here with the core's other timers.
 */
export function createRelayPoller(options: RelayPollerOptions) {
  let controller: AbortController | null = null;
  let timer: NodeJS.Timeout | null = null;
  let wake: (() => void) | null = null;

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
  }

  async function loop(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        await options.pollOnce(signal);
        failures = 0;
      } catch {
        if (signal.aborted) return;
        failures += 1;
        options.onFailure?.(failures);
        await sleep(Math.min(maxRetryMs, firstRetryMs * 2 ** (failures - 1)));
      }
    }
  }

  return {
    isRunning: () => controller !== null,
    start(): void {
      if (controller) return;
      controller = new AbortController();
      void loop(controller.signal);
    },
    stop(): void {
      controller?.abort();
      controller = null;
      if (timer) clearTimeout(timer);
      timer = null;
      wake?.();
      wake = null;
    },
  };
}

export type RelayPoller = ReturnType<typeof createRelayPoller>;
