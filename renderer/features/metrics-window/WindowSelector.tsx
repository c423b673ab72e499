import type { FormEvent } from 'react';
import { useEffect, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { selectIterations, useIterationsStore } from './iterations-store';
import { selectCourseWindow, useMetricsWindowStore } from './metrics-window-store';
import { customOptionId, describeRangeProblem, keepValidWindow, listWindowOptions, optionIdOf } from './window-options';
import './window-selector.css';

/**
 * Picks the window a course's figures count in: the course window, one of its named iterations, the
 * last 7 or 30 days, or a custom range of days. The choice is kept per course in the metrics-window
 * store, so every screen of the course that reads it counts in the same window.
 */
export function WindowSelector({ courseId }: { courseId: number }) {
  const selectId = useId();
  const spec = useMetricsWindowStore(selectCourseWindow(courseId));
  const { iterations, isLoaded } = useIterationsStore(selectIterations(courseId));
  const [isCustomOpen, setIsCustomOpen] = useState(spec.kind === 'range');
  const [first, setFirst] = useState(spec.kind === 'range' ? spec.first : '');
  const [last, setLast] = useState(spec.kind === 'range' ? spec.last : '');
  const [isTouched, setIsTouched] = useState(false);

  useEffect(() => {
    void useIterationsStore.getState().fetchIterations(courseId);
  }, [courseId]);

  // An iteration removed in settings (or by the CLI) must not stay selected under a name the core no longer knows.
  useEffect(() => {
    if (!isLoaded) return;
    const valid = keepValidWindow(spec, iterations);
    if (valid !== spec) useMetricsWindowStore.getState().selectWindow(courseId, valid);
  }, [courseId, spec, iterations, isLoaded]);

  const options = listWindowOptions(iterations);
  const selectedId = isCustomOpen ? customOptionId : optionIdOf(spec);
  const problem = describeRangeProblem(first, last);

  function choose(id: string): void {
    const option = options.find((o) => o.id === id);
    if (!option) return;
    if (option.spec === undefined) {
      setIsCustomOpen(true);
      return;
    }
    setIsCustomOpen(false);
    useMetricsWindowStore.getState().selectWindow(courseId, option.spec);
  }

  function apply(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setIsTouched(true);
    if (problem !== null) return;
    useMetricsWindowStore.getState().selectWindow(courseId, { kind: 'range', first, last });
  }

  return (
    <div className="window-selector">
      <label className="window-selector__label" htmlFor={selectId}>
        Window
      </label>
      <select id={selectId} className="text-input window-selector__select" value={selectedId} onChange={(e) => choose(e.target.value)}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      {isCustomOpen && (
        <form className="window-selector__range" noValidate onSubmit={apply} aria-label="Custom range">
          <label className="window-selector__day">
            <span>From</span>
            <input className="text-input" type="date" value={first} max={last || undefined} onChange={(e) => setFirst(e.target.value)} />
          </label>
          <label className="window-selector__day">
            <span>through</span>
            <input className="text-input" type="date" value={last} min={first || undefined} onChange={(e) => setLast(e.target.value)} />
          </label>
          <Button type="submit" disabledReason={problem ?? undefined}>
            Apply
          </Button>
          {isTouched && problem && (
            <span className="window-selector__problem" role="alert">
              {problem}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
