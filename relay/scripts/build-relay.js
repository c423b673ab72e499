// Builds relay/src into one ES module, relay/dist/gitpulse-relay.js (shared/ bundled in, npm packages
// left as imports). The bin calls buildRelayIfStale() so a checkout runs without a separate step.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const relayDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const builtEntry = join(relayDir, 'dist', 'gitpulse-relay.js');
const sourceDirs = [join(relayDir, 'src'), join(relayDir, '..', 'shared')];

function newestSourceTime() {
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of sourceDirs) {
    try {
      visit(dir);
    } catch {
      // An installed package without sources runs whatever dist it shipped with.
    }
  }
  return newest;
}

export function isBuildStale() {
  try {
    return statSync(builtEntry).mtimeMs < newestSourceTime();
  } catch {
    return true;
  }
}

export async function buildRelay() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(relayDir, 'src', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    sourcemap: 'inline',
    write: false,
    outfile: builtEntry,
    logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  mkdirSync(dirname(builtEntry), { recursive: true });
  // Write then rename: two processes starting at once must never run a half-written file.
  const temporary = `${builtEntry}.${process.pid}.tmp`;
  writeFileSync(temporary, output.contents);
  renameSync(temporary, builtEntry);
}

export async function buildRelayIfStale() {
  if (isBuildStale()) await buildRelay();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildRelay();
