import { ensureBuilt } from '../../bin/build-if-stale.js';

/**
 * Global setup of the projects that run the built app (the CLI in out/main/cli.js, the renderer in
 * out/renderer): `npm test` builds before vitest, and this rebuilds only when a plain `vitest run`
 * would otherwise test an out/ older than the sources.
 */
export default function ensureBuild(): void {
  ensureBuilt(undefined, (line) => console.log(line));
}
