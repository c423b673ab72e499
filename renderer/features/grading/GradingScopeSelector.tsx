import { useEffect, useId } from 'react';
import type { Iteration } from '../../../shared/domain/iteration';
import { selectIterations, useIterationsStore } from '../metrics-window/iterations-store';
import { keepValidScope, selectGradingScope, useGradingScopeStore } from './grading-scope-store';

const wholeCourse = '';

/**
 * Picks what is graded: the whole course or one of its iterations, each with its own rubric versions,
 * grades and freeze. The choice is the course's, so the Rubric and Grading tabs always agree.
 */
export function GradingScopeSelector({ courseId }: { courseId: number }) {
  const iteration = useGradingScopeStore(selectGradingScope(courseId));
  const { iterations, isLoaded } = useIterationsStore(selectIterations(courseId));

  useEffect(() => {
    void useIterationsStore.getState().fetchIterations(courseId);
  }, [courseId]);

  // An iteration removed or renamed in settings (or by the CLI) must not stay chosen under a name the core no longer knows.
  useEffect(() => {
    if (!isLoaded) return;
    const valid = keepValidScope(iteration, iterations);
    if (valid !== iteration) useGradingScopeStore.getState().selectScope(courseId, valid);
  }, [courseId, iteration, iterations, isLoaded]);

  return (
    <GradingScopeSelect
      iteration={iteration}
      iterations={iterations}
      isLoaded={isLoaded}
      onChange={(next) => useGradingScopeStore.getState().selectScope(courseId, next)}
    />
  );
}

export interface GradingScopeSelectProps {
  iteration: string | undefined;
  iterations: readonly Iteration[];
  isLoaded: boolean;
  onChange(iteration: string | undefined): void;
}

/** The select itself: the whole course, then each iteration by name. */
export function GradingScopeSelect({ iteration, iterations, isLoaded, onChange }: GradingScopeSelectProps) {
  const id = useId();
  return (
    <div className="grading-scope">
      <label htmlFor={id} className="grading-scope__label">
        Grading scope
      </label>
      <select
        id={id}
        className="text-input grading-scope__select"
        value={iteration ?? wholeCourse}
        onChange={(event) => onChange(event.target.value === wholeCourse ? undefined : event.target.value)}
      >
        <option value={wholeCourse}>Whole course</option>
        {iterations.map((it) => (
          <option key={it.name} value={it.name}>
            {it.name}
          </option>
        ))}
      </select>
      {isLoaded && iterations.length === 0 && <span className="muted grading-scope__hint">Add iterations in Course settings to grade them one by one.</span>}
    </div>
  );
}
