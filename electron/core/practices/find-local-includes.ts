import { parse } from 'yaml';

/**
 * Paths of the local files a .gitlab-ci.yml includes (`include: 'ci/test.yml'`,
 * `include: [{ local: '/ci/lint.yml' }]`), relative to the repository root. Remote, template,
 * component and other-project includes are not files of this repository and are left out. A file
 * that is not valid YAML includes nothing: the practice checks report the syntax error instead.
 */
export function findLocalIncludes(ciYaml: string): string[] {
  let document: unknown;
  try {
    document = parse(ciYaml);
  } catch {
    return [];
  }
  if (typeof document !== 'object' || document === null) return [];
  const include = (document as Record<string, unknown>).include;
  const entries = Array.isArray(include) ? include : include === undefined ? [] : [include];
  const paths = entries.flatMap((entry): string[] => {
    if (typeof entry === 'string') return /^[a-z]+:\/\//i.test(entry) ? [] : [entry];
    if (typeof entry === 'object' && entry !== null) {
      const { local, project } = entry as Record<string, unknown>;
      return typeof local === 'string' && project === undefined ? [local] : [];
    }
    return [];
  });
  return [...new Set(paths.map((p) => p.replace(/^\/+/, '')).filter((p) => p !== '' && !p.includes('*')))];
}
