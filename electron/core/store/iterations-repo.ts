import type Database from 'better-sqlite3';
import type { Iteration } from '../../../shared/domain/iteration';

/** A course's named iterations, oldest first; names are unique per course, case-insensitively. */
export function createIterationsRepo(db: Database.Database) {
  const list = db.prepare<[number], Iteration>(
    'SELECT name, start_date AS start, end_date AS end, weight FROM course_iterations WHERE course_id = ? ORDER BY start_date, end_date, name',
  );
  const insert = db.prepare('INSERT INTO course_iterations (course_id, name, start_date, end_date, weight) VALUES (?, ?, ?, ?, ?)');
  const updateWeight = db.prepare('UPDATE course_iterations SET weight = ? WHERE course_id = ? AND name = ?');
  const remove = db.prepare('DELETE FROM course_iterations WHERE course_id = ? AND name = ?');
  const removeAll = db.prepare('DELETE FROM course_iterations WHERE course_id = ?');
  return {
    listIterations(courseId: number): Iteration[] {
      return list.all(courseId);
    },
    /** Adds one; the caller has checked the name is free (the primary key refuses a duplicate anyway). */
    addIteration(courseId: number, iteration: Iteration): void {
      insert.run(courseId, iteration.name, iteration.start, iteration.end, iteration.weight);
    },
    /** Removes one by name (case-insensitive); false when the course has none by that name. */
    removeIteration(courseId: number, name: string): boolean {
      return remove.run(courseId, name).changes > 0;
    },
    /** Sets one iteration's weight by name (case-insensitive); false when the course has none by that name. */
    setIterationWeight(courseId: number, name: string, weight: number): boolean {
      return updateWeight.run(weight, courseId, name).changes > 0;
    },
    /** Replaces the whole list; the caller runs it in a transaction so a half-saved list never shows. */
    replaceIterations(courseId: number, iterations: readonly Iteration[]): void {
      removeAll.run(courseId);
      for (const iteration of iterations) insert.run(courseId, iteration.name, iteration.start, iteration.end, iteration.weight);
    },
  };
}

export type IterationsRepo = ReturnType<typeof createIterationsRepo>;
