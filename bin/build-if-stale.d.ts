/** Types of build-if-stale.js, for the TypeScript that imports it (the vitest global setup). */
export const packageRoot: string;
export const builtCliPath: string;
export function findStaleness(root?: string): string | null;
export function buildApp(root?: string): void;
export function ensureBuilt(root?: string, log?: (line: string) => void): boolean;
