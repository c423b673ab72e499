import { create } from 'zustand';
import type { Iteration } from '../../../shared/domain/iteration';

interface GradingScopeState {
  /** The iteration each course is graded in, by name; a course nobody picked one for is graded whole. */
  byCourse: Record<number, string>;
  selectScope(courseId: number, iteration: string | undefined): void;
}

/**
 * The grading scope picked per course, shared by the Rubric and Grading tabs and the course's export,
 * so the rubric edited, the grades entered and the sheet exported are always of the same scope. Held
 * for the session, like the metrics window.
 */
export const useGradingScopeStore = create<GradingScopeState>()((set) => ({
  byCourse: {},
  selectScope: (courseId, iteration) =>
    set((state) => {
      const { [courseId]: _previous, ...others } = state.byCourse;
      return { byCourse: iteration === undefined ? others : { ...others, [courseId]: iteration } };
    }),
}));

/** The course's scope: an iteration's name, or undefined for the whole course. */
export function selectGradingScope(courseId: number): (state: GradingScopeState) => string | undefined {
  return (state) => state.byCourse[courseId];
}

/** The scope as the API takes it: `iteration` only when one is chosen. */
export function scopeInput(iteration: string | undefined): { iteration?: string } {
  return iteration === undefined ? {} : { iteration };
}

/** The scope still offered by the course's iterations (names compare as the core does, ignoring case), or the whole course. */
export function keepValidScope(iteration: string | undefined, iterations: readonly Iteration[]): string | undefined {
  if (iteration === undefined) return undefined;
  return iterations.find((it) => it.name.toLowerCase() === iteration.toLowerCase())?.name;
}
