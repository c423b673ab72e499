import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { methodNames } from './shared/api/contract';

const root = import.meta.dirname;

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
  // Main, core and the CLI share one ESM build (package.json "type": "module"): out/main/index.js,
  // out/main/core.js and out/main/cli.js, with what they share in out/main/chunks/. Dependencies stay
  // external and load from node_modules (native ones unpacked from the asar, see electron-builder.yml).
  // Code that resolves files with import.meta.url must live in exactly one entry, never in a shared
  // chunk. The migrations are imported as strings (`?raw`), so they are inside the bundle.
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          core: resolve(root, 'electron/core/process-entry.ts'),
          cli: resolve(root, 'electron/cli/main.ts'),
        },
      },
    },
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
      // Minified: the window loads this bundle on every start, and unminified it is about four times larger (bench:ui reports it).
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
    plugins: [react(), dropMetaCspInDev()],
  },
});
