import { parse } from 'yaml';

/** One entry of `include:`, by the kind GitLab gives it. */
export type IncludeEntry = { kind: 'local'; path: string } | { kind: 'template' | 'remote' | 'project' | 'component'; name: string };

/**
 * Classifies one entry of `include:`: a string is a remote URL or a local path; a mapping names its
 * kind by key. Local paths lose their leading slash (they are relative to the repository root).
 * Returns null for an entry GitLab would reject.
 */
export function classifyIncludeEntry(entry: unknown): IncludeEntry | null {
  if (typeof entry === 'string') {
    return /^[a-z]+:\/\//i.test(entry) ? { kind: 'remote', name: entry } : toLocal(entry);
  }
  if (typeof entry !== 'object' || entry === null) return null;
  const { local, project, file, template, remote, component } = entry as Record<string, unknown>;
  if (typeof project === 'string') {
    const files = Array.isArray(file) ? file.filter((f) => typeof f === 'string') : typeof file === 'string' ? [file] : [];
    return { kind: 'project', name: `${project}:${files.join(',')}` };
  }
  if (typeof local === 'string') return toLocal(local);
  if (typeof template === 'string') return { kind: 'template', name: template };
  if (typeof remote === 'string') return { kind: 'remote', name: remote };
  if (typeof component === 'string') return { kind: 'component', name: component };
  return null;
}

function toLocal(path: string): IncludeEntry | null {
  const trimmed = path.replace(/^\/+/, '');
  return trimmed === '' ? null : { kind: 'local', path: trimmed };
}

/** The entries of an `include:` value, which GitLab accepts as one entry or a list. */
export function listIncludeEntries(include: unknown): unknown[] {
  return Array.isArray(include) ? include : include === undefined || include === null ? [] : [include];
}

/**
 * Paths of the local files a .gitlab-ci.yml includes (`include: 'ci/test.yml'`,
 * `include: [{ local: '/ci/lint.yml' }]`), relative to the repository root. Remote, template,
 * component and other-project includes are not files of this repository and are left out, and so are
 * wildcard paths (`ci/*.yml`), which name no single file to fetch, unless `withWildcards` asks for them
 * (a reader with the whole checkout can expand them). A file that is not valid YAML includes nothing:
 * the practice checks report the syntax error instead.
 */
export function findLocalIncludes(ciYaml: string, { withWildcards = false }: { withWildcards?: boolean } = {}): string[] {
  let document: unknown;
  try {
    document = parse(ciYaml);
  } catch {
    return [];
  }
  if (typeof document !== 'object' || document === null) return [];
  const entries = listIncludeEntries((document as Record<string, unknown>).include).map(classifyIncludeEntry);
  const paths = entries.flatMap((entry) => (entry?.kind === 'local' && (withWildcards || !entry.path.includes('*')) ? [entry.path] : []));
  return [...new Set(paths)];
}
