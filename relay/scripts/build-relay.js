// Builds relay/src into two ES modules (shared/ bundled in, npm packages left as imports):
// relay/dist/gitpulse-relay.js, the command, and relay/dist/commit-worker.js, the thread that commits
// events. The bin calls buildRelayIfStale() so a checkout runs without a separate step.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const relayDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const builtEntry = join(relayDir, 'dist', 'gitpulse-relay.js');
const builtWorker = join(relayDir, 'dist', 'commit-worker.js');
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
    return statSync(builtEntry).mtimeMs < newestSourceTime() || !statSync(builtWorker).isFile();
  } catch {
    return true;
  }
}

async function bundle(entry, outfile) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    sourcemap: 'inline',
    write: false,
    outfile,
    logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  mkdirSync(dirname(outfile), { recursive: true });
  // Write then rename: two processes starting at once must never run a half-written file.
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, output.contents);
  renameSync(temporary, outfile);
}

export async function buildRelay() {
  // The worker first: the command's file is the one whose age says whether the build is stale.
  await bundle(join(relayDir, 'src', 'store', 'commit-worker.ts'), builtWorker);
  await bundle(join(relayDir, 'src', 'main.ts'), builtEntry);
}

export async function buildRelayIfStale() {
  if (isBuildStale()) await buildRelay();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildRelay();
