// Lets code run from source outside Vite (the sync benchmark runs the core through tsx) import a
// file as a string with `?raw`, as Vite and vitest do: the store embeds its migrations that way.
// Preload it with `--import` next to tsx.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || new URL(url).search !== '?raw') return nextLoad(url, context);
    const text = readFileSync(fileURLToPath(url), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  },
});
