import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';

export interface ForceIterationsSaveConfirmProps {
  /** The core's sentence naming the iteration and the grading data that would go with it. */
  message: string;
  isSaving: boolean;
  onConfirm(): void;
  onKeep(): void;
}

/**
 * Asked when the core refuses a list that drops (or renames) an iteration with grading data. Focus
 * lands on "Keep the iteration" so a stray Enter deletes nothing; Escape keeps it too.
 */
export function ForceIterationsSaveConfirm({ message, isSaving, onConfirm, onKeep }: ForceIterationsSaveConfirmProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);

  return (
    <div
      className="confirm"
      role="group"
      aria-label="Delete the grading data?"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onKeep();
      }}
    >
      <p className="confirm__text">
        <bdi>{message}</bdi>
      </p>
      <Button variant="danger" disabled={isSaving} onClick={onConfirm}>
        {isSaving ? 'Saving…' : 'Delete the grading data and save'}
      </Button>
      <Button ref={keepRef} disabled={isSaving} onClick={onKeep}>
        Keep the iteration
      </Button>
    </div>
  );
}
