import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { describeSyncOutcome } from './describe-sync-outcome';
import { hasSyncWarnings, SyncOutcomeWarnings } from './SyncOutcomeWarnings';
import type { SyncOutcome } from './sync-store';

/** Long enough to read a short line; the lasting record is "Last synced…" or the course's last error. */
const visibleMs = 8_000;

export interface SyncOutcomeLineProps {
  outcome: SyncOutcome;
  onDismiss(): void;
}

/** How the sync that just ended went; hides itself unless some teams or resources were left out, which needs reading. */
export function SyncOutcomeLine({ outcome, onDismiss }: SyncOutcomeLineProps) {
  const text = describeSyncOutcome(outcome);
  const isSticky = hasSyncWarnings(outcome.summary);

  useEffect(() => {
    if (isSticky) return undefined;
    const timer = window.setTimeout(onDismiss, visibleMs);
    return () => window.clearTimeout(timer);
  }, [outcome, isSticky, onDismiss]);

  return (
    <div className={`sync-bar__outcome is-${text.tone}`} role="status">
      <span className="sync-bar__outcome-icon" aria-hidden="true">
        {text.tone === 'good' ? '✓' : text.tone === 'bad' ? '!' : '■'}
      </span>
      <div className="sync-bar__outcome-text">
        <p>
          <strong>{text.title}</strong>
          {text.detail && <span className="sync-bar__outcome-detail"> · {text.detail}</span>}
        </p>
        {isSticky && outcome.summary && <SyncOutcomeWarnings summary={outcome.summary} />}
      </div>
      <Button variant="ghost" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}
