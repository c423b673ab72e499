import type { z } from 'zod';
import { RubricSchema, type Rubric } from './rubric';

/** One problem of a rubric, at its place: `criteria[2].checks[0].points`, or `rubric` for the whole. */
export interface RubricProblem {
  path: string;
  message: string;
}

/** `['criteria', 2, 'checks', 0, 'points']` → `criteria[2].checks[0].points`. */
export function formatRubricPath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
  return text === '' ? 'rubric' : text;
}

/** A value from the file, quoted short and escaped: the file is the user's, and may hold anything. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${quote(value)}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${issue.expected === 'object' || issue.expected === 'array' ? 'an' : 'a'} ${issue.expected}, not ${describeType(issue.input)}`;
    case 'invalid_value':
      if (issue.input === undefined) return 'is missing';
      return `${quote(issue.input)} is not one of ${issue.values.map((v) => quote(v)).join(', ')}`;
    case 'invalid_union': {
      // A discriminated union reports the whole object as its input; the value that decided is its discriminator.
      if (!('options' in issue && Array.isArray(issue.options) && 'discriminator' in issue)) return issue.message;
      const options = (issue.options as unknown[]).map((v) => quote(v)).join(', ');
      const input: unknown = issue.input;
      const value = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[String(issue.discriminator)] : undefined;
      return value === undefined ? `is missing (one of ${options})` : `${quote(value)} is not one of ${options}`;
    }
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((k) => quote(k)).join(', ')}`;
    default:
      return issue.message;
  }
}

function toProblems(error: z.ZodError): RubricProblem[] {
  return error.issues.map((issue) => ({ path: formatRubricPath(issue.path), message: describeIssue(issue) }));
}

/** Every problem of a rubric object, in the order of the file, for messages next to an editor's fields. */
export function describeRubricProblems(value: unknown): RubricProblem[] {
  const result = RubricSchema.safeParse(value, { reportInput: true });
  return result.success ? [] : toProblems(result.error);
}

export type ParsedRubric = { ok: true; rubric: Rubric } | { ok: false; problem: string };

/**
 * A rubric file's text to a rubric, or the first problem in one line with its place. Decoding bytes
 * (refusing what is not UTF-8) and size limits belong to whoever read the file.
 */
export function parseRubricJson(text: string): ParsedRubric {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 also throws RangeError for nesting too deep for its parser: still "not a rubric file".
    const detail = error instanceof SyntaxError ? (error.message.split('\n')[0] ?? '') : 'nested too deeply';
    return { ok: false, problem: `The file is not JSON (${detail.length > 120 ? `${detail.slice(0, 119)}…` : detail})` };
  }
  const result = RubricSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, rubric: result.data };
  const first = toProblems(result.error)[0];
  return { ok: false, problem: first ? `${first.path}: ${first.message}` : 'The file is not a rubric' };
}

/** The rubric as a file holds it: two-space indented JSON with a final newline. */
export function formatRubricJson(rubric: Rubric): string {
  return `${JSON.stringify(rubric, null, 2)}\n`;
}
