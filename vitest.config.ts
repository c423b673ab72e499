import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Real SQLite files, real HTTP servers and a real browser make some tests slow on a shared
    // 2-core machine; generous timeouts keep them from flaking without hiding hangs forever.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Integration and end-to-end tests run the built CLI and renderer from out/; their global setup
    // builds first when out/ is missing or older than the sources.
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      // Renderer logic (stores, routing of events) against a real core in-process, without a browser.
      { test: { name: 'renderer', include: ['test/renderer/**/*.test.{ts,tsx}'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          globalSetup: ['test/support/ensure-build.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/support/ensure-build.ts'],
        },
      },
    ],
  },
});
