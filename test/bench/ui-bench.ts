// npm run bench:ui — the app in Chromium through `gitpulse serve` on the bench course of
// bench:metrics (100 teams × 2,000 pipelines and 5,000 commits). Each measurement is one entry of
// `measurements` below; a new screen's figure is one more entry. Also reports the renderer's initial
// JavaScript, gzipped. Figures only: the goals are reported, not asserted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { ensureBuilt } from '../../bin/build-if-stale.js';
import { createStore } from '../../electron/core/store/create-store';
import { launchChromium } from '../support/launch-chromium';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { seedBenchCourse } from './seed-bench-course';

const teams = Number(process.env.BENCH_TEAMS ?? 100);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const rendererDir = join(import.meta.dirname, '..', '..', 'out', 'renderer');

interface BenchContext {
  browser: Browser;
  server: CliServer;
  teams: number;
}

/** One timed run: milliseconds from navigation to what the measurement waits for, with an optional breakdown. */
type Run = { totalMs: number; parts: Record<string, number> };

interface Measurement {
  name: string;
  goalMs: number;
  run(context: BenchContext): Promise<Run>;
}

/**
 * Installed before the app's own scripts (as an init script, which the page's CSP does not govern,
 * unlike waitForFunction's string evaluation): records the frame after the overview first lists every
 * team, in ms since navigation start, and when the metrics.course answer had arrived.
 */
const recordOverviewVisible = (count: number) => `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('table[aria-label="Teams"] tbody tr[data-team]').length !== ${count}) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const call = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/call/metrics.course'));
      window.__overviewVisible = {
        visibleMs: performance.now(),
        metricsRequestMs: call ? call.responseEnd - call.requestStart : -1,
        metricsArrivedMs: call ? call.responseEnd : -1,
      };
    });
  });
  observer.observe(document, { subtree: true, childList: true });
})()`;

interface OverviewVisible {
  visibleMs: number;
  metricsRequestMs: number;
  metricsArrivedMs: number;
}

const measurements: Measurement[] = [
  {
    name: `course overview of ${teams} teams: navigation to the table visible`,
    goalMs: 500,
    async run({ browser, server, teams: count }) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript(recordOverviewVisible(count));
      await page.goto(server.url, { waitUntil: 'commit' });
      let seen: OverviewVisible | undefined;
      for (const began = Date.now(); seen === undefined && Date.now() - began < 120_000;) {
        seen = await page.evaluate<OverviewVisible | undefined>('window.__overviewVisible');
        if (seen === undefined) await new Promise((done) => setTimeout(done, 50));
      }
      if (seen === undefined) throw new Error('the overview never listed every team');
      const { visibleMs, metricsRequestMs, metricsArrivedMs } = seen;
      await page.close();
      return { totalMs: visibleMs, parts: { 'metrics.course request': metricsRequestMs, 'render after the figures arrived': visibleMs - metricsArrivedMs } };
    },
  },
];

/** The scripts and module preloads index.html loads before anything else, gzipped as a server would send them. */
function measureInitialJavaScript(): { files: number; rawBytes: number; gzipBytes: number } {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const source of sources) {
    const bytes = readFileSync(join(rendererDir, source));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: sources.length, rawBytes, gzipBytes };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const kB = (bytes: number) => (bytes / 1000).toFixed(0);

ensureBuilt(undefined, (line) => console.log(line));
const dir = mkdtempSync(join(tmpdir(), 'gitpulse-bench-ui-'));
const seeded = performance.now();
const store = createStore(dir);
seedBenchCourse(store, teams);
store.close();
console.log(`seeded ${teams} teams in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

const server = await startCliServer(dir);
const browser = await launchChromium();
try {
  for (const measurement of measurements) {
    // One run first to warm SQLite's page cache and Chromium, as an instructor's second look would be.
    await measurement.run({ browser, server, teams });
    const results: Run[] = [];
    for (let i = 0; i < runs; i += 1) results.push(await measurement.run({ browser, server, teams }));
    const total = median(results.map((r) => r.totalMs));
    const parts = Object.keys(results[0]?.parts ?? {})
      .map((name) => `${name} ${median(results.map((r) => r.parts[name] ?? 0)).toFixed(0)} ms`)
      .join(', ');
    const verdict = total < measurement.goalMs ? 'met' : `missed (${(total / measurement.goalMs).toFixed(1)}× the goal)`;
    console.log(`${measurement.name}: median ${total.toFixed(0)} ms of ${runs} runs (${parts}); goal < ${measurement.goalMs} ms: ${verdict}`);
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
const bundle = measureInitialJavaScript();
console.log(
  `renderer initial JavaScript: ${bundle.files} file(s), ${kB(bundle.rawBytes)} kB, ${kB(bundle.gzipBytes)} kB gzipped; goal < 450 kB gzipped: ${bundle.gzipBytes < 450_000 ? 'met' : 'missed'}`,
);
