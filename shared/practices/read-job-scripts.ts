import type { CiJob, ExpandedCiConfig } from './expand-ci-config';
import type { CiMap, CiValue } from './read-ci-yaml';

/** One line a job's shell runs, with where it was written. */
export interface ScriptLine {
  /** The line with the job's and the global `$VARIABLES` substituted. */
  text: string;
  /** The line as written, trimmed. */
  written: string;
  file: string;
  line: number;
  /**
   * The line that holds `word` within what the entry spans, for entries whose lines were folded or
   * escaped so that `text` stands on no single line; `line` when none holds it.
   */
  lineOf: (word: string) => number;
}

const scriptKeys = ['before_script', 'script', 'after_script'];
// GitLab flattens nested script lists and follows !reference up to 10 levels.
const maxNesting = 10;

/**
 * The lines of a job's before_script, script and after_script (its own, or what extends: and
 * default: gave it), a multi-line entry split into its lines, `!reference [job, key]` followed.
 */
export function readJobScripts(job: CiJob, config: ExpandedCiConfig): ScriptLine[] {
  const variables = new Map([...readVariables(config.variables), ...readVariables(variableMap(job.config))]);
  const lines: ScriptLine[] = [];
  const visit = (value: CiValue | undefined, depth: number): void => {
    if (value === undefined || depth > maxNesting) return;
    if (value.kind === 'seq') {
      if (value.isReference) {
        const path = value.items.flatMap((item) => (item.kind === 'scalar' && item.value !== null ? [String(item.value)] : []));
        visit(config.resolveReference(path), depth + 1);
      } else value.items.forEach((item) => visit(item, depth + 1));
      return;
    }
    if (value.kind !== 'scalar' || typeof value.value !== 'string') return;
    const source = config.sourceLines.get(value.file) ?? [];
    for (const written of value.value.split('\n').map((l) => l.trim())) {
      if (written === '') continue;
      const line = locateLine(source, value.line, value.endLine, written) ?? value.line;
      const isExact = source[line - 1]?.includes(written) ?? false;
      const lineOf = (word: string): number => (isExact ? line : (locateLine(source, value.line, value.endLine, word) ?? line));
      lines.push({ text: substituteVariables(written, variables), written, file: value.file, line, lineOf });
    }
  };
  for (const key of scriptKeys) visit(job.config.entries.get(key)?.value, 0);
  return lines;
}

function variableMap(config: CiMap): CiMap | undefined {
  const value = config.entries.get('variables')?.value;
  return value?.kind === 'map' ? value : undefined;
}

/** A variable is `NAME: value` or `NAME: { value: ..., description: ... }`. */
function readVariables(map: CiMap | undefined): Array<[string, string]> {
  if (!map) return [];
  return [...map.entries].flatMap(([name, { value }]): Array<[string, string]> => {
    const holder = value.kind === 'map' ? value.entries.get('value')?.value : value;
    return holder?.kind === 'scalar' && holder.value !== null ? [[name, String(holder.value)]] : [];
  });
}

function substituteVariables(line: string, variables: ReadonlyMap<string, string>): string {
  return line.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (whole, braced: string | undefined, bare: string | undefined) => {
    return variables.get(braced ?? bare ?? '') ?? whole;
  });
}

/** The first line of the value's span that holds the text. */
function locateLine(source: readonly string[], first: number, last: number, text: string): number | undefined {
  for (let line = first; line <= last; line += 1) {
    if (source[line - 1]?.includes(text)) return line;
  }
  return undefined;
}
