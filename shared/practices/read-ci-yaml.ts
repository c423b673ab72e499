import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';

/** Where a value stands: the file and its first and last 1-based lines. */
export interface CiLocation {
  file: string;
  line: number;
  endLine: number;
}

export interface CiScalar extends CiLocation {
  kind: 'scalar';
  value: string | number | boolean | null;
}

export interface CiSeq extends CiLocation {
  kind: 'seq';
  items: CiValue[];
  /** `!reference` is the one tag GitLab gives a meaning to. */
  isReference: boolean;
}

export interface CiEntry {
  keyLine: number;
  keyFile: string;
  value: CiValue;
}

export interface CiMap extends CiLocation {
  kind: 'map';
  entries: Map<string, CiEntry>;
}

/** A YAML value that remembers where each part of it was written, with anchors and merge keys resolved. */
export type CiValue = CiScalar | CiSeq | CiMap;

export type CiYamlReading =
  { ok: true; root: CiMap; lines: string[] } | { ok: false; error: { line: number; column: number; message: string }; lines: string[] };

// Aliases can nest (an anchor that uses an alias), and each use copies what it points to: bounds on
// the depth and on the copies stop a file made to blow up ("billion laughs"). Past them an alias is null.
const maxAliasDepth = 50;
const maxAliasExpansions = 10_000;

/**
 * Parses one CI file into located values. Duplicate keys are accepted with the last one winning, as
 * GitLab does. Merge keys (`<<`) follow Ruby's Psych, which GitLab uses: pairs apply in order, so a
 * later `<<` overrides keys set before it, and within `<<: [*a, *b]` the first listed wins.
 */
export function readCiYaml(text: string, file: string): CiYamlReading {
  const lineCounter = new LineCounter();
  const lines = text.split(/\r?\n/);
  const documents = parseAllDocuments(text, { uniqueKeys: false, lineCounter, prettyErrors: true });
  const list = Array.isArray(documents) ? documents : [];
  // A CI component's file starts with a `spec:` header document; the configuration is the second.
  const first = list[0];
  const hasSpecHeader = list.length === 2 && first !== undefined && isMap(first.contents) && first.contents.has('spec');
  const document = hasSpecHeader ? list[1] : first;
  const failure = (offset: number, message: string): CiYamlReading => {
    const { line, col } = lineCounter.linePos(offset);
    return { ok: false, error: { line, column: col, message }, lines };
  };
  for (const candidate of list) {
    const error = candidate.errors[0];
    if (error) {
      const position = error.linePos?.[0];
      const message = (error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '');
      return { ok: false, error: { line: position?.line ?? 1, column: position?.col ?? 1, message }, lines };
    }
  }
  if (list.length > 1 && !hasSpecHeader) {
    return failure(list[1]?.range[0] ?? 0, 'the file holds more than one YAML document');
  }
  if (document === undefined || document.contents === null) return failure(0, 'the file is empty: its top level is not a mapping');
  if (!isMap(document.contents)) {
    const kind = isSeq(document.contents) ? 'a list' : 'a single value';
    return failure(document.contents.range?.[0] ?? 0, `the top level is ${kind}, not a mapping`);
  }
  const at = (offset: number | undefined): number => lineCounter.linePos(offset ?? 0).line;
  const budget = { aliasesLeft: maxAliasExpansions };
  const root = toCiValue(document.contents, { document, file, at, budget }, 0);
  return root.kind === 'map' ? { ok: true, root, lines } : failure(0, 'the top level is not a mapping');
}

interface Reading {
  document: Document;
  file: string;
  at: (offset: number | undefined) => number;
  budget: { aliasesLeft: number };
}

function toCiValue(node: unknown, reading: Reading, depth: number): CiValue {
  const { document, file, at, budget } = reading;
  if (isAlias(node)) {
    budget.aliasesLeft -= 1;
    const target = depth < maxAliasDepth && budget.aliasesLeft >= 0 ? node.resolve(document) : undefined;
    if (target) return toCiValue(target, reading, depth + 1);
  }
  const range = (node as Node | null)?.range ?? undefined;
  const location: CiLocation = { file, line: at(range?.[0]), endLine: at(range ? Math.max(range[0], range[1] - 1) : undefined) };
  if (isMap(node)) {
    const entries = new Map<string, CiEntry>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const value = toCiValue(pair.value, reading, depth);
      if (key === '<<') {
        const sources = value.kind === 'seq' ? [...value.items].reverse() : [value];
        for (const source of sources) {
          if (source.kind === 'map') for (const [k, v] of source.entries) entries.set(k, v);
        }
        continue;
      }
      entries.set(key, { keyLine: at(isScalar(pair.key) ? pair.key.range?.[0] : undefined), keyFile: file, value });
    }
    return { kind: 'map', entries, ...location };
  }
  if (isSeq(node)) {
    return { kind: 'seq', items: node.items.map((item) => toCiValue(item, reading, depth)), isReference: node.tag === '!reference', ...location };
  }
  if (isScalar(node)) {
    const { value } = node;
    const plain = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : value === null ? null : String(value);
    return { kind: 'scalar', value: plain, ...location };
  }
  return { kind: 'scalar', value: null, ...location };
}

/** The plain JavaScript value, for the few places that need no locations. */
export function toPlainValue(value: CiValue): unknown {
  if (value.kind === 'scalar') return value.value;
  if (value.kind === 'seq') return value.items.map(toPlainValue);
  return Object.fromEntries([...value.entries].map(([key, entry]) => [key, toPlainValue(entry.value)]));
}
