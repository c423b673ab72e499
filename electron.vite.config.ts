import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { methodNames } from './shared/api/contract';

const root = import.meta.dirname;
const migrationsDir = resolve(root, 'electron/core/store/migrations');

/**
 * The core reads its migrations at runtime from `new URL('./migrations/', import.meta.url)`, i.e.
 * out/main/migrations/ next to out/main/core.js. Emitting them as Buffers keeps the bytes exact, which
 * matters because each applied migration is recorded with a checksum.
 */
function copyMigrations(): Plugin {
  return {
    name: 'gitpulse:copy-migrations',
    apply: 'build',
    async buildStart() {
      for (const name of await listMigrationFiles()) this.addWatchFile(join(migrationsDir, name));
    },
    async generateBundle() {
      for (const name of await listMigrationFiles()) {
        this.emitFile({ type: 'asset', fileName: `migrations/${name}`, source: await readFile(join(migrationsDir, name)) });
      }
    },
  };
}

async function listMigrationFiles(): Promise<string[]> {
  try {
    return (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * In `electron-vite dev`, Vite injects CSS as <style> elements and a React refresh preamble inline,
 * which the strict meta CSP would block; the dev server's own response header (electron/main) still
 * applies. Production builds keep the meta tag.
 */
function dropMetaCspInDev(): Plugin {
  return {
    name: 'gitpulse:drop-meta-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

export default defineConfig({
  // Main and core share one ESM build (package.json "type": "module"); dependencies stay external and
  // load from node_modules (native ones unpacked from the asar, see electron-builder.yml). Code that
  // resolves files with import.meta.url must live in exactly one entry, never in a shared chunk.
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          core: resolve(root, 'electron/core/process-entry.ts'),
        },
      },
    },
    plugins: [copyMigrations()],
  },
  // A sandboxed preload can neither be ESM nor require() anything but a few Electron built-ins, so it
  // is one self-contained CommonJS file with every import from shared/ (and any dependency) inlined.
  // The contract's method names are injected as a constant: the exact list, without bundling zod and
  // every schema into a script that runs in each window.
  preload: {
    define: { __GITPULSE_METHOD_NAMES__: JSON.stringify(methodNames) },
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    build: {
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
    plugins: [react(), dropMetaCspInDev()],
  },
});
