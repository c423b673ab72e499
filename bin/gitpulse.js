#!/usr/bin/env node
// The `gitpulse` command: runs the built CLI (out/main/cli.js), building the app first when out/ is
// missing or older than its sources, so `npx gitpulse` works right after `npm install` and after
// every edit. The version check comes before anything else is loaded.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`gitpulse: needs Node 24 or newer (this is Node ${process.versions.node}).`);
  process.exit(1);
}
const { builtCliPath, ensureBuilt } = await import('./build-if-stale.js');
try {
  ensureBuilt();
} catch (error) {
  console.error(`gitpulse: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { pathToFileURL } = await import('node:url');
await import(pathToFileURL(builtCliPath).href);
