import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { RowOutcome } from './connections-store';
import { useConnectionsStore } from './connections-store';
import { ConnectionTestResult } from './ConnectionTestResult';

/** The answer to a connection's last Test or Remove, shown under it until dismissed. */
export function ConnectionOutcome({ gitlabUrl, outcome }: { gitlabUrl: string; outcome: RowOutcome }) {
  const dismiss = () => useConnectionsStore.getState().dismissOutcome(gitlabUrl);
  if (outcome.kind === 'tested') return <ConnectionTestResult test={outcome.test} onDismiss={dismiss} />;
  return (
    <ErrorBanner
      title={outcome.action === 'test' ? 'Could not test this connection' : 'Could not remove this connection'}
      error={outcome.error}
      action={
        <Button variant="ghost" onClick={dismiss}>
          Dismiss
        </Button>
      }
    />
  );
}
