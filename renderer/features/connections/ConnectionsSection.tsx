import { useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import type { Connection } from '../../../shared/domain/connection';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { AddConnectionForm } from './AddConnectionForm';
import { ConnectionList } from './ConnectionList';
import { ConnectionTestResult } from './ConnectionTestResult';
import { useConnectionsStore } from './connections-store';
import { useSaveConnection } from './useSaveConnection';
import './connections.css';

/** Settings → Connections: the GitLab instances GitPulse may read, and the form to add one. */
export function ConnectionsSection() {
  const connections = useConnectionsStore((state) => state.connections);
  const status = useConnectionsStore((state) => state.status);
  const error = useConnectionsStore((state) => state.error);
  const [editing, setEditing] = useState<Connection | undefined>(undefined);
  const saver = useSaveConnection();
  const formRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void useConnectionsStore.getState().fetchConnections();
  }, []);

  function edit(connection: Connection): void {
    setEditing(connection);
    saver.clearOutcome();
    // The form sits below the table; bring it into view and put the cursor in its first editable field.
    window.requestAnimationFrame(() => {
      formRef.current?.scrollIntoView({ block: 'nearest' });
      formRef.current?.querySelector<HTMLInputElement>('#connection-token')?.focus();
    });
  }

  async function save(input: MethodInput<'connections.save'>): Promise<boolean> {
    const outcome = await saver.save(input);
    const isAccepted = 'test' in outcome && outcome.test.ok;
    if (isAccepted) setEditing(undefined);
    return isAccepted;
  }

  return (
    <div className="connections-section">
      <Panel
        title="GitLab connections"
        description="GitPulse reads your courses through these GitLab instances. Tokens stay in the OS keychain; only their user, scopes and expiry show here."
      >
        {error && (
          <ErrorBanner
            title={status === 'ready' ? 'Could not refresh the connections' : 'Could not load the connections'}
            error={error}
            action={<Button onClick={() => void useConnectionsStore.getState().fetchConnections()}>Retry</Button>}
          />
        )}
        {status === 'loading' && <p className="muted">Loading connections…</p>}
        {status === 'ready' && connections.length === 0 && (
          <EmptyState title="No GitLab connections yet">
            Add one below with your GitLab’s address and a personal access token with the read_api scope. GitPulse tests the token before it keeps it.
          </EmptyState>
        )}
        {connections.length > 0 && <ConnectionList connections={connections} onEdit={edit} />}
      </Panel>
      <div ref={formRef}>
        <Panel
          title={editing ? `Change ${editing.gitlabUrl}` : 'Add connection'}
          description={editing ? 'Saving tests the token again.' : 'GitPulse tests the token against GitLab and keeps it only if GitLab accepts it.'}
        >
          <AddConnectionForm
            key={editing?.gitlabUrl ?? 'new'}
            editing={editing}
            isSaving={saver.isSaving}
            onSave={save}
            onCancelEdit={() => setEditing(undefined)}
          />
          {saver.outcome && 'test' in saver.outcome && <ConnectionTestResult test={saver.outcome.test} onDismiss={saver.clearOutcome} />}
          {saver.outcome && 'error' in saver.outcome && (
            <ErrorBanner
              title="Could not save the connection"
              error={saver.outcome.error}
              action={
                <Button variant="ghost" onClick={saver.clearOutcome}>
                  Dismiss
                </Button>
              }
            />
          )}
        </Panel>
      </div>
    </div>
  );
}
