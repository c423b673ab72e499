// Decides whether the build in out/ is missing or older than its sources, and runs `electron-vite
// build` when it is. Plain JavaScript with Node built-ins only: bin/gitpulse.js loads it before any
// TypeScript is built. Types: build-if-stale.d.ts.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, bin/'s parent. */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The built CLI that bin/gitpulse.js runs (the bundled electron/cli/main.ts). */
export const builtCliPath = join(packageRoot, 'out', 'main', 'cli.js');

/** Everything the build reads that changes: sources in these folders (Markdown aside), and these files. */
const sourceDirs = ['electron', 'shared', 'renderer'];
const sourceFiles = ['electron.vite.config.ts', 'package.json'];

/**
 * What the CLI runs or serves. `electron-vite build` writes main (with cli.js) first and the renderer
 * last, so the oldest of these is when the build started.
 */
const outputFiles = [join('out', 'main', 'cli.js'), join('out', 'renderer', 'index.html')];

/**
 * Why the build in `root`/out must be made again, or null when it is up to date: missing, or some
 * source (file or folder, so deleted and renamed files count too) changed after it. One stat per
 * entry, a few hundred in all: a couple of milliseconds.
 */
export function findStaleness(root = packageRoot) {
  let builtAt = Infinity;
  for (const output of outputFiles) {
    const mtime = mtimeIfPresent(join(root, output));
    if (mtime === null) return `${output} is missing`;
    builtAt = Math.min(builtAt, mtime);
  }
  for (const file of sourceFiles) {
    if ((mtimeIfPresent(join(root, file)) ?? 0) > builtAt) return `${file} changed since the last build`;
  }
  for (const dir of sourceDirs) {
    const changed = findNewer(join(root, dir), builtAt);
    if (changed) return `${join(dir, changed)} changed since the last build`;
  }
  return null;
}

/** Builds the app into `root`/out with the project's own electron-vite, in a child process. */
export function buildApp(root = packageRoot) {
  const electronVite = resolveElectronVite(root);
  const result = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`the build failed (electron-vite build):\n${result.stdout}${result.stderr}`.trimEnd());
}

/**
 * Builds when the build is missing or stale, saying so on stderr (stdout belongs to the command, which
 * may be piped into another program). Returns whether it built.
 */
export function ensureBuilt(root = packageRoot, log = (line) => process.stderr.write(`${line}\n`)) {
  const staleness = findStaleness(root);
  if (!staleness) return false;
  log(`gitpulse: building the app first (${staleness}); this takes a few seconds.`);
  buildApp(root);
  return true;
}

function resolveElectronVite(root) {
  let manifestPath;
  try {
    manifestPath = createRequire(join(root, 'package.json')).resolve('electron-vite/package.json');
  } catch {
    throw new Error(
      'the app is not built (out/ is missing or stale) and electron-vite, which builds it, is not installed; run npm install, then npm run build',
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin['electron-vite'];
  return join(dirname(manifestPath), bin);
}

function findNewer(dir, since) {
  const dirMtime = mtimeIfPresent(dir);
  if (dirMtime === null) return null;
  if (dirMtime > since) return '.';
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const changed = findNewer(path, since);
      if (changed) return join(entry.name, changed);
    } else if (!entry.name.endsWith('.md') && (mtimeIfPresent(path) ?? 0) > since) {
      return entry.name;
    }
  }
  return null;
}

function mtimeIfPresent(path) {
  try {
    return statSync(path).mtimeMs;
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw error;
  }
}
