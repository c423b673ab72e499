import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from './store-error';

/**
 * Creates the data folder one level at a time. Node's `mkdirSync(dir, { recursive: true })` spins at
 * 100 % CPU forever under a pseudo file system such as /proc (where mkdir answers ENOENT for a parent
 * that exists), so the recursion is ours and every refusal becomes a message naming the folder.
 */
export function createDataFolder(dir: string): void {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    const kind = statKind(current);
    if (kind === 'folder') break;
    if (kind === 'other') throw cannotHold(dir, `${current} is a file, not a folder`);
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statKind(level) === 'folder') continue;
      throw cannotHold(dir, `cannot create ${level} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
}

function statKind(path: string): 'folder' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

function cannotHold(dir: string, reason: string): StoreError {
  return new StoreError('cannot_open', `${dir} cannot hold the GitPulse database: ${reason}. Choose a folder on a disk you can write to.`);
}
