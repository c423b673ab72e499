#!/usr/bin/env node
// Runs the TypeScript CLI from source through tsx, so `npx gitpulse` works right after `npm install`.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`gitpulse: needs Node 24 or newer (this is Node ${process.versions.node}).`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../electron/cli/main.ts');
