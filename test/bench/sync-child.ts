import type { Core } from '../../electron/core/core';
import { openCore } from '../../electron/core/open-core';
import { isParentMessage, type ChildMessage, type ChildSetup, type ParentMessage, type SyncOutcome } from './child-protocol';
import { callOk } from '../support/call-ok';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';

/**
 * The core side of the sync benchmark, forked by run-sync-child.ts with `--import tsx` and the `?raw`
 * hook. It holds only the core (store, sync engine), never the course data, so its memory is the
 * sync's own.
 */

const courseName = 'bench';
let core: Core | null = null;
let baseline = { rss: 0, heap: 0 };
let peakHeap = 0;
let peakLiveHeap: number | null = null;
let liveSampler: NodeJS.Timeout | null = null;

// heapUsed has no high-water mark of its own; 50 ms between samples catches every sustained peak.
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 50);

function send(message: ChildMessage): void {
  process.send?.(message);
}

async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  if (!core) throw new Error('The core is not open yet.');
  return callOk(core, method, input);
}

async function setUp(setup: ChildSetup): Promise<void> {
  // With GITLAB_TOKEN set the core never touches the OS keychain, which a CI box may not have.
  core = await openCore({ dataDir: setup.dataDir, env: { GITLAB_TOKEN: setup.token } });
  const courses = await call('courses.list', {});
  if (!courses.some((course) => course.name === courseName)) {
    await call('courses.add', { name: courseName, gitlabUrl: setup.gitlabUrl, groupPath: setup.groupPath });
  }
  const test = await call('connections.save', { gitlabUrl: setup.gitlabUrl, requestsPerMinute: setup.requestsPerMinute });
  if (!test.ok) throw new Error(`The simulator refused the token: ${test.message}`);
  const usage = process.memoryUsage();
  baseline = { rss: usage.rss, heap: usage.heapUsed };
  const collect = globalThis.gc;
  if (setup.isLiveHeapSampled && collect) {
    // A full GC every 250 ms shows what the sync keeps alive, as opposed to garbage V8 has not collected yet.
    liveSampler = setInterval(() => {
      collect();
      peakLiveHeap = Math.max(peakLiveHeap ?? 0, process.memoryUsage().heapUsed);
    }, 250);
  }
}

async function runSync(): Promise<SyncOutcome> {
  peakHeap = process.memoryUsage().heapUsed;
  if (liveSampler) peakLiveHeap = peakHeap;
  const started = performance.now();
  const summary = await call('sync.run', { course: courseName });
  const wallMs = performance.now() - started;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return {
    summary,
    wallMs,
    memory: {
      // maxRSS is in KiB on Linux and macOS.
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      peakHeapBytes: peakHeap,
      baselineRssBytes: baseline.rss,
      baselineHeapBytes: baseline.heap,
      peakLiveHeapBytes: peakLiveHeap,
    },
  };
}

function shutDown(): void {
  clearInterval(sampler);
  if (liveSampler) clearInterval(liveSampler);
  core?.close();
  core = null;
  process.disconnect?.();
}

async function handle(message: ParentMessage): Promise<void> {
  switch (message.type) {
    case 'setup':
      await setUp(message);
      send({ type: 'ready' });
      return;
    case 'sync':
      send({ type: 'synced', ...(await runSync()) });
      return;
    case 'exit':
      shutDown();
      return;
  }
}

process.on('message', (message: unknown) => {
  if (!isParentMessage(message)) return;
  handle(message).catch((error: unknown) => {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});
