#!/usr/bin/env node
// The `gitpulse` command: runs the built CLI (out/main/cli.js), building the app first when out/ is
// missing or older than its sources, so `npx gitpulse` works right after `npm install` and after
// every edit. The version check comes before anything else is loaded.
await import('./check-node-version.js');
const { builtCliPath, ensureBuilt } = await import('./build-if-stale.js');
try {
  ensureBuilt();
} catch (error) {
  console.error(`gitpulse: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { pathToFileURL } = await import('node:url');
await import(pathToFileURL(builtCliPath).href);
