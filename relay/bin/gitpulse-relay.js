#!/usr/bin/env node
// Runs the built relay, building it first when the sources are newer (as after a git pull).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`gitpulse-relay: needs Node 24 or newer (this is Node ${process.versions.node}).`);
  process.exit(1);
}
const { buildRelayIfStale, builtEntry } = await import('../scripts/build-relay.js');
try {
  await buildRelayIfStale();
} catch (error) {
  // An install without the build tool (npm ci --omit=dev in a container) runs the dist it was given.
  if (!existsSync(builtEntry)) {
    console.error(`gitpulse-relay: could not build the relay: ${error.message}`);
    process.exit(1);
  }
  console.error(`gitpulse-relay: running the existing build; rebuilding failed: ${error.message}`);
}
await import(pathToFileURL(builtEntry).href);
