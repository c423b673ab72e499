import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { ConnectRelayForm } from './ConnectRelayForm';
import { RelayStatusCard } from './RelayStatusCard';
import { useRelayStore, type RelayOutcome } from './relay-store';
import { HookSetupResult, WebhookSetupForm } from './WebhookSetupForm';
import '../connections/connections.css';
import './relay.css';

const failureTitles: Record<Extract<RelayOutcome, { kind: 'failed' }>['action'], string> = {
  connect: 'Could not connect the relay',
  test: 'Could not test the relay',
  disconnect: 'Could not disconnect the relay',
  hooks: 'Could not set up the webhooks',
};

function OutcomeBanner({ outcome }: { outcome: RelayOutcome }) {
  const dismiss = (
    <Button variant="ghost" onClick={() => useRelayStore.getState().dismissOutcome()}>
      Dismiss
    </Button>
  );
  if (outcome.kind === 'failed') return <ErrorBanner title={failureTitles[outcome.action]} error={outcome.error} action={dismiss} />;
  if (outcome.kind === 'hooks') return <HookSetupResult setup={outcome.setup} />;
  return (
    <div className={`relay-test tone-${outcome.ok ? 'good' : 'bad'}`} role="status">
      <span>{outcome.message}</span>
      {dismiss}
    </div>
  );
}

/** Settings → Relay: the webhook relay GitPulse pulls GitLab's events from, and the hooks that feed it. */
export function RelaySection() {
  const status = useRelayStore((state) => state.status);
  const loadStatus = useRelayStore((state) => state.loadStatus);
  const error = useRelayStore((state) => state.error);
  const outcome = useRelayStore((state) => state.outcome);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void useRelayStore.getState().fetchStatus();
    // "2 minutes ago" has to move on by itself while the screen stays open.
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const isConfigured = status?.isConfigured === true;
  return (
    <div className="connections-section">
      <Panel
        title="Webhook relay"
        description="GitLab cannot reach this computer, so it posts webhooks to a relay your department runs; GitPulse pulls them whenever it is online and the numbers update at once. Scheduled syncs run either way."
      >
        {error && (
          <ErrorBanner
            title="Could not load the relay status"
            error={error}
            action={<Button onClick={() => void useRelayStore.getState().fetchStatus()}>Retry</Button>}
          />
        )}
        {loadStatus === 'loading' && <p className="muted">Loading the relay status…</p>}
        {status && !isConfigured && (
          <EmptyState title="No relay connected">
            Without one, GitPulse sees new pipelines and merge requests at the next scheduled sync. Connect a relay below with its address and a client token.
          </EmptyState>
        )}
        {status && isConfigured && <RelayStatusCard status={status} now={now} />}
        {outcome && outcome.kind !== 'hooks' && <OutcomeBanner outcome={outcome} />}
      </Panel>
      <Panel
        title={isConfigured ? 'Change relay' : 'Connect a relay'}
        description="GitPulse asks the relay for its events with this token and keeps the token only if the relay accepts it."
      >
        <ConnectRelayForm key={status?.url ?? 'new'} currentUrl={status?.url ?? null} />
      </Panel>
      {isConfigured && (
        <Panel
          title="GitLab webhooks"
          description="Adds the relay’s hook (push, tag push, merge request, issues, comments, pipeline and job events) to every team project of a course, or checks that it is there. Needs a token with the api scope and the Maintainer role; otherwise GitPulse lists the steps to take in GitLab."
        >
          <WebhookSetupForm />
          {outcome?.kind === 'hooks' && <OutcomeBanner outcome={outcome} />}
        </Panel>
      )}
    </div>
  );
}
