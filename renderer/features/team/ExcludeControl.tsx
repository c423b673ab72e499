import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import type { ExclusionTarget, TeamActions } from './useTeamActions';
import '../../components/form-field.css';

export interface ExcludeControlProps {
  target: ExclusionTarget;
  /** The reason it is excluded, or null while it counts. */
  exclusionReason: string | null;
  /** Names the item for assistive tech, e.g. "commit 1a2b3c4". */
  itemLabel: string;
  actions: TeamActions;
}

/** Exclude an item with a reason, or count it again; the reason is required, as the CLI requires it. */
export function ExcludeControl({ target, exclusionReason, itemLabel, actions }: ExcludeControlProps) {
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const inputId = useId();
  if (exclusionReason !== null) {
    return (
      <Button
        variant="ghost"
        aria-label={`Count ${itemLabel} again`}
        disabledReason={actions.isBusy ? 'Saving…' : undefined}
        onClick={() => void actions.include(target)}
      >
        Count again
      </Button>
    );
  }
  if (!isOpen) {
    return (
      <Button variant="ghost" aria-label={`Exclude ${itemLabel}`} onClick={() => setOpen(true)}>
        Exclude…
      </Button>
    );
  }
  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (await actions.exclude(target, reason)) {
      setOpen(false);
      setReason('');
    }
  }
  return (
    <form className="exclude-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId} className="visually-hidden">
        Reason for excluding {itemLabel}
      </label>
      <input
        className="text-input"
        id={inputId}
        value={reason}
        maxLength={500}
        placeholder="Reason (e.g. vendored library)"
        onChange={(e) => setReason(e.target.value)}
        autoFocus
      />
      <Button type="submit" variant="primary" disabledReason={reason.trim() === '' ? 'Say why it should not count' : actions.isBusy ? 'Saving…' : undefined}>
        Exclude
      </Button>
      <Button variant="ghost" onClick={() => setOpen(false)}>
        Cancel
      </Button>
    </form>
  );
}
