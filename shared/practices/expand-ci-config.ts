import { classifyIncludeEntry } from './find-local-includes';
import { mergeCiMaps } from './merge-ci-values';
import { readCiYaml, toPlainValue, type CiEntry, type CiMap, type CiValue } from './read-ci-yaml';

/** An include of something outside the repository (a GitLab template, a remote file, a component, another project). */
export interface ExternalInclude {
  kind: 'template' | 'remote' | 'project' | 'component';
  name: string;
  file: string;
  line: number;
  /** The include's line as written, trimmed. */
  text: string;
}

/** A job after includes, anchors, `extends:` and `default:` are applied. */
export interface CiJob {
  name: string;
  /** `test` when the job names no stage, as in GitLab. */
  stage: string;
  file: string;
  line: number;
  /** Where the stage was written; the job's own line when it was not. */
  stageFile: string;
  stageLine: number;
  config: CiMap;
}

export interface ExpandedCiConfig {
  jobs: CiJob[];
  externalIncludes: ExternalInclude[];
  /** Local includes that could not be read (missing, not valid YAML, beyond GitLab's limits). */
  unresolvedIncludes: string[];
  /** Global variables, for expanding `$VAR` in scripts. */
  variables: CiMap | undefined;
  /** Resolves `!reference [job, key, ...]` against the expanded configuration. */
  resolveReference: (path: string[]) => CiValue | undefined;
  /** Each file's lines, to find the line a command stands on. */
  sourceLines: ReadonlyMap<string, string[]>;
}

export type CiConfigExpansion = { ok: true; config: ExpandedCiConfig } | { ok: false; error: { file: string; line: number; column: number; message: string } };

export interface CiSources {
  mainPath: string;
  mainText: string;
  /** Local include path (relative to the repository root, no leading slash) → its text, or null when it could not be fetched. */
  includes: ReadonlyMap<string, string | null>;
}

/** Top-level keys that configure the pipeline instead of naming a job. https://docs.gitlab.com/ci/yaml/#global-keywords */
const globalKeys = new Set(['default', 'workflow', 'variables', 'stages', 'include', 'image', 'services', 'cache', 'before_script', 'after_script']);
/** What `default:` (and the old top-level form of some of it) gives every job that does not set it. */
const defaultableKeys = [
  'after_script',
  'artifacts',
  'before_script',
  'cache',
  'hooks',
  'id_tokens',
  'image',
  'interruptible',
  'retry',
  'services',
  'tags',
  'timeout',
];
const oldGlobalKeys = ['image', 'services', 'cache', 'before_script', 'after_script'];

// GitLab's limits: https://docs.gitlab.com/ci/yaml/includes/ (150 includes, and the nesting depth the brief sets).
export const maxIncludes = 150;
export const maxIncludeDepth = 3;
// GitLab allows 11 levels of extends.
const maxExtendsDepth = 11;

/**
 * Expands a .gitlab-ci.yml the way GitLab does before it runs anything: local includes merged under
 * the main file (which wins), `extends:` (chained and multiple, later parents overriding earlier ones,
 * the job's own keys last), then `default:` and the old top-level `image`/`before_script`/... filling
 * what a job left unset (unless `inherit: default:` says otherwise). Pure: includes come as text.
 */
export function expandCiConfig(sources: CiSources): CiConfigExpansion {
  const main = readCiYaml(sources.mainText, sources.mainPath);
  if (!main.ok) return { ok: false, error: { file: sources.mainPath, ...main.error } };
  const sourceLines = new Map<string, string[]>([[sources.mainPath, main.lines]]);
  const externalIncludes: ExternalInclude[] = [];
  const unresolvedIncludes: string[] = [];
  const seen = new Set<string>();

  const collect = (file: CiMap, depth: number): CiMap[] => {
    const include = file.entries.get('include')?.value;
    const entries = include === undefined ? [] : include.kind === 'seq' ? include.items : [include];
    const merged: CiMap[] = [];
    for (const entryValue of entries) {
      const entry = classifyIncludeEntry(toPlainValue(entryValue));
      if (entry === null) continue;
      if (entry.kind !== 'local') {
        const lines = sourceLines.get(entryValue.file) ?? [];
        const text = (lines[entryValue.line - 1] ?? entry.name).trim();
        externalIncludes.push({ kind: entry.kind, name: entry.name, file: entryValue.file, line: entryValue.line, text });
        continue;
      }
      const paths = entry.path.includes('*') ? matchWildcard(entry.path, [...sources.includes.keys()]) : [entry.path];
      if (paths.length === 0) unresolvedIncludes.push(entry.path);
      for (const path of paths) {
        if (seen.has(path)) continue;
        seen.add(path);
        const text = sources.includes.get(path);
        const reading = text === undefined || text === null || depth > maxIncludeDepth || seen.size > maxIncludes ? null : readCiYaml(text, path);
        if (reading === null || !reading.ok) {
          unresolvedIncludes.push(path);
          continue;
        }
        sourceLines.set(path, reading.lines);
        merged.push(...collect(reading.root, depth + 1), reading.root);
      }
    }
    return merged;
  };
  const included = collect(main.root, 1);
  const root = [...included, main.root].reduce((base, next) => mergeCiMaps(base, next));

  const resolved = new Map<string, CiMap>();
  // A job that extends itself, directly or through others, is cut where the cycle closes.
  const resolving = new Set<string>();
  const resolveExtends = (name: string, depth: number): CiMap | undefined => {
    const cached = resolved.get(name);
    if (cached) return cached;
    const raw = root.entries.get(name)?.value;
    if (raw?.kind !== 'map' || resolving.has(name)) return undefined;
    const parentsValue = raw.entries.get('extends')?.value;
    const plainParents = parentsValue === undefined ? [] : toPlainValue(parentsValue);
    const parents = (Array.isArray(plainParents) ? plainParents : [plainParents]).filter((p) => typeof p === 'string');
    const own: CiMap = { ...raw, entries: new Map([...raw.entries].filter(([key]) => key !== 'extends')) };
    resolving.add(name);
    const bases = depth < maxExtendsDepth ? parents.flatMap((parent) => resolveExtends(parent, depth + 1) ?? []) : [];
    resolving.delete(name);
    const job = [...bases, own].reduce((base, next) => mergeCiMaps(base, next));
    resolved.set(name, job);
    return job;
  };

  const defaults = root.entries.get('default')?.value;
  const inherited = new Map<string, CiEntry>();
  for (const key of oldGlobalKeys) {
    const entry = root.entries.get(key);
    if (entry) inherited.set(key, entry);
  }
  if (defaults?.kind === 'map') {
    for (const key of defaultableKeys) {
      const entry = defaults.entries.get(key);
      if (entry) inherited.set(key, entry);
    }
  }

  const jobs: CiJob[] = [];
  for (const [name, entry] of root.entries) {
    if (name.startsWith('.') || globalKeys.has(name) || entry.value.kind !== 'map') continue;
    const own = resolveExtends(name, 0);
    if (!own) continue;
    const config = applyDefaults(own, inherited);
    const stageEntry = config.entries.get('stage');
    const stage = stageEntry?.value.kind === 'scalar' && stageEntry.value.value !== null ? String(stageEntry.value.value) : undefined;
    jobs.push({
      name,
      stage: stage ?? 'test',
      file: entry.keyFile,
      line: entry.keyLine,
      stageFile: stage === undefined || !stageEntry ? entry.keyFile : stageEntry.value.file,
      stageLine: stage === undefined || !stageEntry ? entry.keyLine : stageEntry.value.line,
      config,
    });
  }

  const resolveReference = (path: string[]): CiValue | undefined => {
    const [jobName, ...keys] = path;
    let value: CiValue | undefined = jobName === undefined ? undefined : (resolveExtends(jobName, 0) ?? root.entries.get(jobName)?.value);
    for (const key of keys) value = value?.kind === 'map' ? value.entries.get(key)?.value : undefined;
    return value;
  };
  const variables = root.entries.get('variables')?.value;
  return {
    ok: true,
    config: { jobs, externalIncludes, unresolvedIncludes, variables: variables?.kind === 'map' ? variables : undefined, resolveReference, sourceLines },
  };
}

/** `inherit: default: false` turns `default:` off for a job; a list keeps only the keys it names. */
function applyDefaults(job: CiMap, inherited: ReadonlyMap<string, CiEntry>): CiMap {
  const inherit = job.entries.get('inherit')?.value;
  const setting = inherit?.kind === 'map' ? inherit.entries.get('default')?.value : undefined;
  const plain = setting === undefined ? true : toPlainValue(setting);
  const isInherited = (key: string): boolean => (Array.isArray(plain) ? plain.includes(key) : plain !== false);
  const entries = new Map(job.entries);
  for (const [key, entry] of inherited) {
    if (!entries.has(key) && isInherited(key)) entries.set(key, entry);
  }
  return { ...job, entries };
}

/** GitLab's local wildcards: `*` stays within a folder, `**` crosses folders. */
export function matchWildcard(pattern: string, paths: string[]): string[] {
  const source = pattern
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${source}$`);
  return paths.filter((path) => regex.test(path)).sort();
}
