import type { SimClock } from './simulator-types';

export interface MutableSimClock extends SimClock {
  /**
   * The time for the next mutation. The clock then moves one second on, so consecutive mutations
   * get distinct, increasing timestamps, as on a real instance.
   */
  stamp(): number;
}

export function createSimClock(startMs: number): MutableSimClock {
  let nowMs = startMs;
  return {
    get now() {
      return new Date(nowMs).toISOString();
    },
    get nowMs() {
      return nowMs;
    },
    advance(ms: number) {
      nowMs += ms;
      return new Date(nowMs).toISOString();
    },
    set(iso: string) {
      const ms = Date.parse(iso);
      if (Number.isNaN(ms)) throw new Error(`Not an ISO time: ${iso}`);
      nowMs = ms;
    },
    stamp() {
      const at = nowMs;
      nowMs += 1000;
      return at;
    },
  };
}
