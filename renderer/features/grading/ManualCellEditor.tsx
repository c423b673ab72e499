import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { DraftKey, GradeDrafts } from './grade-drafts';
import { readManualEntry } from './read-manual-entry';

export interface ManualCellEditorProps {
  label: string;
  draftKey: DraftKey;
  drafts: GradeDrafts;
  points: string;
  comment: string;
  /** The criterion's raw maximum (before weighting), when the rubric is known. */
  maxPoints: number | undefined;
  /** Saves through the API; answers the core's refusal, or undefined once saved. */
  onCommit(points: number | null, comment: string, move: 'stay' | 'next' | 'previous'): Promise<string | undefined>;
  onCancel(): void;
}

/**
 * A manual score typed in place: Enter saves, Escape puts the old value back, Tab saves and moves on,
 * leaving the cell saves. Every keystroke goes to the draft store first, so a closed window keeps it.
 */
export function ManualCellEditor({ label, draftKey, drafts, points, comment, maxPoints, onCommit, onCancel }: ManualCellEditorProps) {
  const [pointsText, setPointsText] = useState(points);
  const [commentText, setCommentText] = useState(comment);
  const [error, setError] = useState<string | undefined>(undefined);
  const pointsInput = useRef<HTMLInputElement>(null);
  const commentInput = useRef<HTMLInputElement>(null);
  // Escape and a finished save both end the editor; the blur that follows must not save again.
  const isClosing = useRef(false);

  useEffect(() => {
    pointsInput.current?.focus();
    pointsInput.current?.select();
  }, []);

  function change(nextPoints: string, nextComment: string): void {
    setPointsText(nextPoints);
    setCommentText(nextComment);
    drafts.put(draftKey, { points: nextPoints, comment: nextComment });
  }

  async function commit(move: 'stay' | 'next' | 'previous'): Promise<void> {
    if (isClosing.current) return;
    const entry = readManualEntry(pointsText, maxPoints);
    if (!entry.ok) {
      setError(entry.message);
      pointsInput.current?.focus();
      return;
    }
    isClosing.current = true;
    const refusal = await onCommit(entry.points, commentText, move);
    if (refusal !== undefined) {
      isClosing.current = false;
      setError(refusal);
      return;
    }
    drafts.remove(draftKey);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    // The grid's own keys must not see what belongs to the editor.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      isClosing.current = true;
      drafts.remove(draftKey);
      onCancel();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void commit('stay');
    } else if (event.key === 'Tab') {
      const isFirst = event.target === pointsInput.current;
      const isLast = event.target === commentInput.current;
      if ((event.shiftKey && isFirst) || (!event.shiftKey && isLast)) {
        event.preventDefault();
        void commit(event.shiftKey ? 'previous' : 'next');
      }
    }
  }

  const errorId = `${draftKey}-error`;
  return (
    <div
      className="manual-editor"
      role="group"
      aria-label={`Edit ${label}`}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) void commit('stay');
      }}
    >
      <input
        ref={pointsInput}
        className="text-input manual-editor__points"
        inputMode="decimal"
        aria-label={`Points for ${label}${maxPoints === undefined ? '' : `, 0 to ${maxPoints}`}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={maxPoints === undefined ? 'points' : `0–${maxPoints}`}
        value={pointsText}
        onChange={(e) => change(e.target.value, commentText)}
      />
      <input
        ref={commentInput}
        className="text-input manual-editor__comment"
        aria-label={`Comment for ${label}`}
        placeholder="Comment"
        maxLength={5000}
        value={commentText}
        onChange={(e) => change(pointsText, e.target.value)}
      />
      {error && (
        <p id={errorId} className="form-field__error manual-editor__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
