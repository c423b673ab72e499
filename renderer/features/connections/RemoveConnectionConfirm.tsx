import { useEffect, useRef } from 'react';
import type { Connection } from '../../../shared/domain/connection';
import { Button } from '../../components/Button';
import { useConnectionsStore } from './connections-store';

export interface RemoveConnectionConfirmProps {
  connection: Connection;
  /** Closes the confirm step; `isKept` says the connection stays, so focus can go back to its Remove button. */
  onDone(isKept: boolean): void;
}

/**
 * The confirm step under a row. Focus lands on "Keep" so a stray Enter does not delete anything;
 * Escape keeps the connection too.
 */
export function RemoveConnectionConfirm({ connection, onDone }: RemoveConnectionConfirmProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);

  async function remove(): Promise<void> {
    onDone(false);
    await useConnectionsStore.getState().removeConnection(connection.gitlabUrl);
  }

  return (
    <div
      className="confirm"
      role="group"
      aria-label={`Remove ${connection.gitlabUrl}?`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(true);
      }}
    >
      <p className="confirm__text">
        Remove the connection to <strong>{connection.gitlabUrl}</strong>?{' '}
        {connection.tokenSource === 'keychain' ? 'Its token is deleted from the OS keychain; ' : ''}
        courses on this GitLab cannot sync until you add it again.
      </p>
      <Button variant="danger" onClick={() => void remove()}>
        Remove connection
      </Button>
      <Button ref={keepRef} onClick={() => onDone(true)}>
        Keep
      </Button>
    </div>
  );
}
