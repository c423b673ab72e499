import { useRef, useState } from 'react';
import type { Connection } from '../../../shared/domain/connection';
import { Button } from '../../components/Button';
import { ExternalLink } from '../../components/ExternalLink';
import { formatNumber } from '../../format/format-count';
import { formatAbsoluteTime, formatRelativeTime } from '../../format/format-relative-time';
import { ConnectionOutcome } from './ConnectionOutcome';
import { useConnectionsStore } from './connections-store';
import { describeExpiry, describeStatus, describeTokenSource } from './describe-connection';
import { RemoveConnectionConfirm } from './RemoveConnectionConfirm';
import { ScopeChips } from './ScopeChips';

export interface ConnectionCardProps {
  connection: Connection;
  now: number;
  onEdit(connection: Connection): void;
}

function describeChecked(connection: Connection, now: number): string {
  if (!connection.checkedAt) return 'Never tested';
  return `Tested ${formatRelativeTime(connection.checkedAt, now)}`;
}

/** One GitLab instance: whether its token works, whose it is, what it may do, and the actions on it. */
export function ConnectionCard({ connection, now, onEdit }: ConnectionCardProps) {
  const [isConfirmingRemove, setIsConfirmingRemove] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const busy = useConnectionsStore((state) => state.busy[connection.gitlabUrl]);
  const outcome = useConnectionsStore((state) => state.outcomes[connection.gitlabUrl]);
  const status = describeStatus(connection.status);
  // Expiry, user and scopes come from GitLab's answer to a test; before one, "never" would be a guess.
  const expiry =
    connection.checkedAt === null ? { label: 'not known yet', detail: undefined, tone: 'neutral' as const } : describeExpiry(connection.tokenExpiresAt, now);
  const busyReason = busy ? 'Wait until this connection’s test or removal has finished.' : undefined;

  function closeConfirm(isKept: boolean): void {
    setIsConfirmingRemove(false);
    if (isKept) removeRef.current?.focus();
  }

  return (
    <li className="connection-card" data-connection={connection.gitlabUrl}>
      <div className="connection-card__head">
        <ExternalLink href={connection.gitlabUrl} className="connection-card__url">
          {connection.gitlabUrl}
        </ExternalLink>
        <span className={`status-dot is-${status.tone}`}>{status.label}</span>
        <span className="connection-card__checked" title={connection.checkedAt ? formatAbsoluteTime(connection.checkedAt) : undefined}>
          {describeChecked(connection, now)}
        </span>
        <div className="connection-card__actions">
          <Button variant="ghost" onClick={() => onEdit(connection)} aria-label={`Edit ${connection.gitlabUrl}`}>
            Edit
          </Button>
          <Button
            onClick={() => void useConnectionsStore.getState().testConnection(connection.gitlabUrl)}
            disabledReason={busyReason}
            aria-label={`Test ${connection.gitlabUrl}`}
          >
            {busy === 'testing' ? 'Testing…' : 'Test'}
          </Button>
          <Button
            ref={removeRef}
            onClick={() => setIsConfirmingRemove(true)}
            disabledReason={busyReason}
            aria-label={`Remove ${connection.gitlabUrl}`}
            aria-expanded={isConfirmingRemove}
          >
            {busy === 'removing' ? 'Removing…' : 'Remove'}
          </Button>
        </div>
      </div>
      {connection.status !== 'ok' && connection.statusMessage && <p className="connection-card__message tone-bad">{connection.statusMessage}</p>}
      <dl className="connection-card__facts">
        <div>
          <dt>User</dt>
          <dd>{connection.username ? <bdi>{`@${connection.username}`}</bdi> : '—'}</dd>
        </div>
        <div>
          <dt>Token</dt>
          <dd className={connection.tokenSource === 'none' ? 'tone-warn' : undefined}>{describeTokenSource(connection.tokenSource)}</dd>
        </div>
        <div>
          <dt>Scopes</dt>
          <dd>
            <ScopeChips scopes={connection.scopes} />
          </dd>
        </div>
        <div>
          <dt>Token expires</dt>
          <dd className={`tone-${expiry.tone}`}>
            {expiry.label}
            {expiry.detail && <span className="connection-card__expiry"> · {expiry.detail}</span>}
          </dd>
        </div>
        <div>
          <dt>Request budget</dt>
          <dd className="connection-card__number">
            {formatNumber(connection.requestsPerMinute)}
            <span className="unit"> req/min</span>
          </dd>
        </div>
        {connection.caFile && (
          <div className="connection-card__wide">
            <dt>CA file</dt>
            <dd className="connection-card__path" title={connection.caFile}>
              {connection.caFile}
            </dd>
          </div>
        )}
      </dl>
      {isConfirmingRemove && <RemoveConnectionConfirm connection={connection} onDone={closeConfirm} />}
      {outcome && <ConnectionOutcome gitlabUrl={connection.gitlabUrl} outcome={outcome} />}
    </li>
  );
}
