#!/usr/bin/env node
// Stops with the CLI's one line when Node is older than 24. bin/gitpulse.js imports it before
// anything else, and `npm test` runs it first (the pretest script), where an older Node would
// otherwise end the run in an unrelated vitest crash. Plain JavaScript that any Node can parse.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`gitpulse: needs Node 24 or newer (this is Node ${process.versions.node}).`);
  process.exit(1);
}
