import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { Course } from '../../../shared/domain/course';
import type { IterationInput } from '../../../shared/domain/iteration';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { selectIterations, useIterationsStore } from '../metrics-window/iterations-store';
import { ForceIterationsSaveConfirm } from './ForceIterationsSaveConfirm';
import { SaveRow } from './SaveRow';
import { useSaveRow } from './useSaveRow';
import {
  blankIterationRow,
  isIterationListChanged,
  isWeightTheProblem,
  toIterationInput,
  toIterationRow,
  validateIterationRows,
  type IterationRow,
} from './validate-iteration-rows';

function isComplete(row: IterationRow): boolean {
  return row.name.trim() !== '' && row.start !== '' && row.end !== '';
}

/** A save the core refused because it would delete grading data: its sentence and the list that was sent. */
interface RefusedSave {
  message: string;
  iterations: IterationInput[];
}

/**
 * The course's named iterations, edited as a list and saved whole (iterations.replace), so a list that
 * fails the check is never half stored. Every window selector of the course offers them. A list that
 * drops or renames an iteration with grading data is saved only after the instructor confirms
 * deleting that data.
 */
export function IterationsPanel({ course }: { course: Course }) {
  const entry = useIterationsStore(selectIterations(course.id));
  // Null until the instructor edits: the form then follows the stored list (a CLI change shows up at once).
  const [draft, setDraft] = useState<IterationRow[] | null>(null);
  const rows = draft ?? entry.iterations.map(toIterationRow);
  const isEdited = draft !== null;
  const [isSubmitted, setIsSubmitted] = useState(false);
  const saveRow = useSaveRow();
  const [refused, setRefused] = useState<RefusedSave | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const shouldReturnFocus = useRef(false);

  useEffect(() => {
    void useIterationsStore.getState().fetchIterations(course.id);
  }, [course.id]);

  // The closed confirmation held focus; hand it back to the save button rather than to the page, once
  // that button is rendered enabled again (it is disabled while a save is under way).
  useEffect(() => {
    if (refused !== undefined || saveRow.isSaving || !shouldReturnFocus.current) return;
    shouldReturnFocus.current = false;
    formRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [refused, saveRow.isSaving]);

  const problems = validateIterationRows(rows);
  const isChanged = isIterationListChanged(rows, entry.iterations);
  const firstProblem = problems.find((p) => p !== undefined);
  const blocked = firstProblem ?? (isChanged ? undefined : 'Nothing changed yet.');

  function edit(next: IterationRow[]): void {
    setDraft(next);
    saveRow.clearSavedNote();
    // The confirmation was about the list as it was sent; an edited list has to be saved again.
    setRefused(undefined);
  }

  function describeSaved(outcome: { iterations: unknown[] }): string {
    setDraft(null);
    setIsSubmitted(false);
    return outcome.iterations.length === 0 ? 'Saved: no iterations.' : `Saved ${outcome.iterations.length} iterations.`;
  }

  function change(index: number, field: keyof IterationRow, value: string): void {
    edit(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  }

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setIsSubmitted(true);
    if (blocked !== undefined) return;
    const iterations = rows.map(toIterationInput);
    await saveRow.runSave(
      () => useIterationsStore.getState().replaceIterations(course.id, iterations),
      describeSaved,
      // Of replace's refusals only the one about deleting grading data is a conflict.
      (error) => {
        if (error.code !== 'conflict') return false;
        setRefused({ message: error.message, iterations });
        return true;
      },
    );
  }

  function closeConfirmation(): void {
    shouldReturnFocus.current = true;
    setRefused(undefined);
  }

  async function saveDeletingGradingData(sent: RefusedSave): Promise<void> {
    await saveRow.runSave(() => useIterationsStore.getState().replaceIterations(course.id, sent.iterations, { force: true }), describeSaved);
    closeConfirmation();
  }

  return (
    <Panel
      title="Iterations"
      description="Named parts of the course (sprints, milestones), each a first and a last day, both counted, and its weight in the course total. The window selector of every screen offers them, and each can be graded on its own."
    >
      <form ref={formRef} className="iterations-form" noValidate onSubmit={(event) => void save(event)} aria-label="Iterations">
        {rows.length === 0 ? (
          <p className="muted">No iterations yet. Add one, or use gitpulse iteration add on the command line.</p>
        ) : (
          <table className="iterations-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">First day</th>
                <th scope="col">Last day</th>
                <th scope="col" title="How much the iteration counts in the course total; 0 leaves it out">
                  Weight
                </th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const problem = isSubmitted || isComplete(row) ? problems[index] : undefined;
                const errorId = `iteration-${index}-error`;
                const described = problem ? errorId : undefined;
                const isWeightProblem = problem !== undefined && isWeightTheProblem(row);
                return (
                  <tr key={index} className={problem ? 'has-problem' : undefined}>
                    <td>
                      <input
                        className="text-input"
                        aria-label={`Name of iteration ${index + 1}`}
                        aria-invalid={problem && !isWeightProblem ? true : undefined}
                        aria-describedby={described}
                        maxLength={60}
                        value={row.name}
                        placeholder={`Iteration ${index + 1}`}
                        onChange={(e) => change(index, 'name', e.target.value)}
                      />
                      {problem && (
                        <p id={errorId} className="form-field__error">
                          {problem}
                        </p>
                      )}
                    </td>
                    <td>
                      <input
                        className="text-input"
                        type="date"
                        aria-label={`First day of iteration ${index + 1}`}
                        aria-describedby={described}
                        value={row.start}
                        max={row.end || undefined}
                        onChange={(e) => change(index, 'start', e.target.value)}
                      />
                    </td>
                    <td>
                      <input
                        className="text-input"
                        type="date"
                        aria-label={`Last day of iteration ${index + 1}`}
                        aria-describedby={described}
                        value={row.end}
                        min={row.start || undefined}
                        onChange={(e) => change(index, 'end', e.target.value)}
                      />
                    </td>
                    <td>
                      <input
                        className="text-input iterations-table__weight"
                        inputMode="decimal"
                        aria-label={`Weight of iteration ${index + 1}`}
                        aria-invalid={isWeightProblem ? true : undefined}
                        aria-describedby={described}
                        value={row.weight}
                        onChange={(e) => change(index, 'weight', e.target.value)}
                      />
                    </td>
                    <td>
                      <Button variant="ghost" aria-label={`Remove iteration ${index + 1}`} onClick={() => edit(rows.filter((_, i) => i !== index))}>
                        Remove
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <SaveRow
          state={saveRow}
          saveLabel="Save iterations"
          blocked={blocked}
          canUndo={isEdited}
          onUndo={() => {
            setDraft(null);
            setIsSubmitted(false);
            setRefused(undefined);
          }}
          errorTitle="Could not save the iterations"
        >
          <Button onClick={() => edit([...rows, blankIterationRow])}>Add iteration</Button>
        </SaveRow>
        {refused && (
          <ForceIterationsSaveConfirm
            message={refused.message}
            isSaving={saveRow.isSaving}
            onConfirm={() => void saveDeletingGradingData(refused)}
            onKeep={closeConfirmation}
          />
        )}
      </form>
    </Panel>
  );
}
