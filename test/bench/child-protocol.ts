import type { SyncSummary } from '../../shared/domain/sync';

/**
 * Messages between the benchmark (which runs the GitLab simulator) and sync-child.ts (which runs the
 * core). The sync runs in its own process so the simulator's copy of the course neither counts
 * towards the sync's memory nor competes with it for the same event loop.
 */
export interface ChildSetup {
  type: 'setup';
  dataDir: string;
  gitlabUrl: string;
  groupPath: string;
  token: string;
  requestsPerMinute: number;
  /** Diagnostic mode (child forked with --expose-gc): force a full GC every 250 ms and track heapUsed after it. */
  isLiveHeapSampled: boolean;
}

export type ParentMessage = ChildSetup | { type: 'sync' } | { type: 'exit' };

export interface MemoryFigures {
  /** process.resourceUsage().maxRSS, converted to bytes: the peak over the child's whole life. */
  maxRssBytes: number;
  /** Highest heapUsed seen by the 50 ms sampler during this sync. */
  peakHeapBytes: number;
  /** rss and heapUsed once the core was open and the course set up, before any sync. */
  baselineRssBytes: number;
  baselineHeapBytes: number;
  /** Highest heapUsed right after a forced full GC (live data only); null unless isLiveHeapSampled. */
  peakLiveHeapBytes: number | null;
}

export interface SyncOutcome {
  summary: SyncSummary;
  /** Time around core.call('sync.run') as seen in the child. */
  wallMs: number;
  memory: MemoryFigures;
}

export type ChildMessage = { type: 'ready' } | ({ type: 'synced' } & SyncOutcome) | { type: 'failed'; message: string };

export function isParentMessage(value: unknown): value is ParentMessage {
  return typeof value === 'object' && value !== null && ['setup', 'sync', 'exit'].includes(String((value as { type?: unknown }).type));
}

export function isChildMessage(value: unknown): value is ChildMessage {
  return typeof value === 'object' && value !== null && ['ready', 'synced', 'failed'].includes(String((value as { type?: unknown }).type));
}
