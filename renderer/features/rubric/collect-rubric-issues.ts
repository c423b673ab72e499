import type { z } from 'zod';
import { RubricSchema, type Rubric } from '../../../shared/grading/rubric';

/** A field's place in the rubric as a key: `criteria.2.checks.0.points`; the empty key is the rubric itself. */
export function fieldKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The place as the core's import messages write it: `criteria[2].checks[0].points`. */
export function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

export interface RubricIssues {
  /** The first message for each field, keyed by fieldKey; shown next to that field. */
  byField: ReadonlyMap<string, string>;
  /** The first problem with its place, for the summary above the editor; undefined when valid. */
  first: string | undefined;
  count: number;
}

/** An emptied number input holds NaN; zod's own wording for it reads as a type error, not as advice. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'must be a number';
  return issue.message;
}

/**
 * Checks a draft against the very schema the core imports and saves with, so the editor can never
 * accept what the core would refuse. Zod runs the cross-field checks (duplicate names, a threshold
 * outside the metric's range) only once every field has the right type, so those appear after the
 * simpler problems are fixed.
 */
export function collectRubricIssues(rubric: Rubric): RubricIssues {
  const parsed = RubricSchema.safeParse(rubric);
  if (parsed.success) return { byField: new Map(), first: undefined, count: 0 };
  const byField = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const key = fieldKey(issue.path);
    if (!byField.has(key)) byField.set(key, describeIssue(issue));
  }
  const head = parsed.error.issues[0];
  const first = head ? `${describePath(head.path) || 'rubric'}: ${describeIssue(head)}` : undefined;
  return { byField, first, count: parsed.error.issues.length };
}
