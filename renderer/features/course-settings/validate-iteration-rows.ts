import type { Iteration, IterationInput } from '../../../shared/domain/iteration';
import { describeIterationProblem } from '../../../shared/domain/iteration';

/** One row of the iterations form: the weight as typed, so a half-typed number stays on screen with its message. */
export interface IterationRow {
  name: string;
  start: string;
  end: string;
  weight: string;
}

/** A new row counts once in the course total, as an iteration saved without a weight does. */
export const blankIterationRow: IterationRow = { name: '', start: '', end: '', weight: '1' };

export function toIterationRow(iteration: Iteration): IterationRow {
  return { name: iteration.name, start: iteration.start, end: iteration.end, weight: String(iteration.weight) };
}

/**
 * The row as iterations.replace takes it. A weight that is not a plain decimal number (empty, "2x",
 * "1e3") goes as typed, so the shared check names it as not a number instead of guessing a value; a
 * negative one goes as the number, so the check can say it is below 0.
 */
export function toIterationInput(row: IterationRow): IterationInput {
  const typed = row.weight.trim().replace(',', '.');
  return { name: row.name, start: row.start, end: row.end, weight: /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : row.weight };
}

/**
 * One message per row (or undefined): the row's own problem (a name, two real days, the end after
 * the start, a weight from 0 to 100) as the core will state it, else a name another row already uses.
 * The save button stays blocked while any row has one, so what reaches iterations.replace passes the
 * same check there.
 */
export function validateIterationRows(rows: readonly IterationRow[]): (string | undefined)[] {
  const firstByName = new Map<string, number>();
  return rows.map((row, index) => {
    const problem = describeIterationProblem(toIterationInput(row));
    if (problem) return `${problem}.`;
    const key = row.name.trim().toLowerCase();
    const first = firstByName.get(key);
    if (first !== undefined) return `Row ${first + 1} is already named "${row.name.trim()}"; give each iteration its own name.`;
    firstByName.set(key, index);
    return undefined;
  });
}

/** Whether the row's own problem is its weight alone (the same row with weight 1 passes), so that field is marked. */
export function isWeightTheProblem(row: IterationRow): boolean {
  const input = toIterationInput(row);
  return describeIterationProblem(input) !== null && describeIterationProblem({ ...input, weight: 1 }) === null;
}

/** Whether the rows differ from the saved list (order, names, days or weights). */
export function isIterationListChanged(rows: readonly IterationRow[], saved: readonly Iteration[]): boolean {
  if (rows.length !== saved.length) return true;
  return rows.some((row, i) => {
    const other = saved[i];
    return !other || row.name.trim() !== other.name || row.start !== other.start || row.end !== other.end || toIterationInput(row).weight !== other.weight;
  });
}
