import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from './cli-error';

/** Before any work: `--out` must name a file in a folder that exists (a raw ENOENT says neither). */
export function checkExportFolder(target: string): void {
  const folder = dirname(target);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new CliError(`export: --out: the folder ${folder} does not exist; create it first or write the sheet elsewhere`, 2);
  }
  if (!isFolder) throw new CliError(`export: --out: ${folder} is a file, not a folder`, 2);
  if (statKindOf(target) === 'folder') throw new CliError(`export: --out: ${target} is a folder; give a file name, e.g. ${target}/grades.csv`, 2);
}

function statKindOf(path: string): 'folder' | 'other' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'other';
  }
}
