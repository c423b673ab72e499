import type { Iteration } from '../../../shared/domain/iteration';
import { describeIterationProblem } from '../../../shared/domain/iteration';

/**
 * One message per row (or undefined): the row's own problem (a name, two real days, the end after
 * the start) as the core will state it, else a name another row already uses. The save button stays
 * blocked while any row has one, so what reaches iterations.replace passes the same check there.
 */
export function validateIterationRows(rows: readonly Iteration[]): (string | undefined)[] {
  const firstByName = new Map<string, number>();
  return rows.map((row, index) => {
    const problem = describeIterationProblem(row);
    if (problem) return `${problem}.`;
    const key = row.name.trim().toLowerCase();
    const first = firstByName.get(key);
    if (first !== undefined) return `Row ${first + 1} is already named "${row.name.trim()}"; give each iteration its own name.`;
    firstByName.set(key, index);
    return undefined;
  });
}

/** Whether the rows differ from the saved list (order, names or days). */
export function isIterationListChanged(rows: readonly Iteration[], saved: readonly Iteration[]): boolean {
  if (rows.length !== saved.length) return true;
  return rows.some((row, i) => {
    const other = saved[i];
    return !other || row.name.trim() !== other.name || row.start !== other.start || row.end !== other.end;
  });
}
