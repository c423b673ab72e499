import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { matchWildcard, maxIncludeDepth, maxIncludes, type CiSources } from '../../../shared/practices/expand-ci-config';
import { findLocalIncludes } from '../../../shared/practices/find-local-includes';

// Folders that never hold CI configuration and can be huge.
const skippedFolders = new Set(['.git', 'node_modules']);
const maxListedFiles = 20_000;

/**
 * Reads a local .gitlab-ci.yml and the local files it includes, nested up to GitLab's depth, taking
 * the folder that holds the file as the repository root. A missing or unreadable include maps to
 * null, so the checks name it as unresolved. Throws when the main file cannot be read.
 */
export function readLocalCiSources(filePath: string): CiSources {
  const mainText = readFileSync(filePath, 'utf8');
  const root = dirname(filePath);
  const includes = new Map<string, string | null>();
  let repositoryFiles: string[] | undefined;
  const listFiles = (): string[] => (repositoryFiles ??= listRepositoryFiles(root));
  let pending = [mainText];
  for (let depth = 1; depth <= maxIncludeDepth && pending.length > 0; depth += 1) {
    const next: string[] = [];
    for (const text of pending) {
      for (const path of findLocalIncludes(text, { withWildcards: true })) {
        const paths = path.includes('*') ? matchWildcard(path, listFiles()) : [path];
        for (const included of paths) {
          if (includes.has(included) || includes.size >= maxIncludes) continue;
          const content = isInside(root, included) ? readOrNull(join(root, included)) : null;
          includes.set(included, content);
          if (content !== null) next.push(content);
        }
      }
    }
    pending = next;
  }
  return { mainPath: filePath, mainText, includes };
}

/** A local include names a file of the repository; `../` out of it is not one GitLab would read. */
function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, join(root, path));
  return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function listRepositoryFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (files.length >= maxListedFiles) return;
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !skippedFolders.has(entry.name)) walk(path);
      else if (entry.isFile()) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files;
}
