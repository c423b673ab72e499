import { fileURLToPath } from 'node:url';

/*
 * Paths of the other build outputs, relative to the CLI's bundle (out/main/cli.js, the bundled
 * electron/cli/main.ts). Only main.ts may import this module: anywhere else it could land in a shared
 * chunk in out/main/chunks/, and every path would shift.
 */

export function resolveRendererDir(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}
