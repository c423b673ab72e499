import type { RelayStatus } from '../../../shared/api/relay-api';
import { Button } from '../../components/Button';
import { formatNumber } from '../../format/format-count';
import { formatAbsoluteTime, formatRelativeTime } from '../../format/format-relative-time';
import { describeRelayState, describeRelayToken } from './describe-relay';
import { useRelayStore } from './relay-store';

function formatWhen(iso: string | null, now: number, never: string): { text: string; title: string | undefined } {
  return iso ? { text: formatRelativeTime(iso, now), title: formatAbsoluteTime(iso) } : { text: never, title: undefined };
}

/** The connected relay: whether it answers, what arrived last, and the actions on it. */
export function RelayStatusCard({ status, now }: { status: RelayStatus; now: number }) {
  const busy = useRelayStore((state) => state.busy);
  const state = describeRelayState(status.state);
  const lastEvent = formatWhen(status.lastEventAt, now, 'None yet');
  const lastPull = formatWhen(status.lastPulledAt, now, 'Never');
  const busyReason = busy ? 'Wait until the current relay action has finished.' : undefined;
  return (
    <div className="connection-card relay-card" data-relay={status.url ?? ''}>
      <div className="connection-card__head">
        <span className="connection-card__url">{status.url}</span>
        <span className={`status-dot is-${state.tone}`}>{state.label}</span>
        <div className="connection-card__actions">
          <Button onClick={() => void useRelayStore.getState().test()} disabledReason={busyReason}>
            {busy === 'testing' ? 'Testing…' : 'Test connection'}
          </Button>
          <Button onClick={() => void useRelayStore.getState().disconnect()} disabledReason={busyReason}>
            {busy === 'disconnecting' ? 'Disconnecting…' : 'Disconnect'}
          </Button>
        </div>
      </div>
      {status.lastError && <p className="connection-card__message tone-bad">{status.lastError}</p>}
      <dl className="connection-card__facts">
        <div>
          <dt>Last event</dt>
          <dd title={lastEvent.title}>{lastEvent.text}</dd>
        </div>
        <div>
          <dt>Last answer</dt>
          <dd title={lastPull.title}>{lastPull.text}</dd>
        </div>
        <div>
          <dt>Client token</dt>
          <dd
            className={status.tokenSource === null ? 'tone-warn' : undefined}
            title={status.tokenSource === 'environment' ? 'GITPULSE_RELAY_TOKEN' : undefined}
          >
            {describeRelayToken(status.tokenSource)}
          </dd>
        </div>
        <div>
          <dt>Events applied</dt>
          <dd className="connection-card__number">{formatNumber(status.appliedCount)}</dd>
        </div>
        <div>
          <dt>Not for a course</dt>
          <dd className="connection-card__number" title="Events for projects no course has, and kinds GitPulse does not store">
            {formatNumber(status.ignoredCount)}
          </dd>
        </div>
        <div>
          <dt>Cursor</dt>
          <dd className="connection-card__number">{formatNumber(status.cursor)}</dd>
        </div>
      </dl>
    </div>
  );
}
