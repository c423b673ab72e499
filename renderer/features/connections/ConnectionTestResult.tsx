import { useEffect, useRef } from 'react';
import type { ConnectionTest } from '../../../shared/domain/connection';
import { Button } from '../../components/Button';
import { splitPlatformDetail } from '../../components/describe-api-error';
import { formatIsoDate } from '../../format/format-iso-date';
import { ScopeChips } from './ScopeChips';

export interface ConnectionTestResultProps {
  test: ConnectionTest;
  onDismiss?: (() => void) | undefined;
}

function describeExpiresIn(test: ConnectionTest): string {
  if (test.tokenExpiresAt === null) return 'never';
  const date = formatIsoDate(test.tokenExpiresAt);
  if (test.expiresInDays === null) return date;
  if (test.expiresInDays <= 0) return `${date} (expired)`;
  return `${date} (in ${test.expiresInDays} ${test.expiresInDays === 1 ? 'day' : 'days'})`;
}

/** What GitLab said about a token: who it belongs to, what it may do, and anything to fix. */
export function ConnectionTestResult({ test, onDismiss }: ConnectionTestResultProps) {
  const tone = !test.ok ? 'bad' : test.warnings.length > 0 ? 'warn' : 'good';
  const resultRef = useRef<HTMLDivElement>(null);
  // The verdict appears below a form that may fill the window: a failure must not wait below the fold.
  useEffect(() => {
    if (!test.ok) resultRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [test]);
  const message = test.message ? splitPlatformDetail(test.message) : null;
  return (
    <div ref={resultRef} className={`test-result is-${tone}`} role={test.ok ? 'status' : 'alert'}>
      <div className="test-result__text">
        <p className="test-result__title">{test.ok ? 'Connection works' : 'Connection failed'}</p>
        {message && <p className="test-result__message">{message.text}</p>}
        {message && message.details.length > 0 && (
          <details className="test-result__details">
            <summary>Details</summary>
            {message.details.map((detail) => (
              <p key={detail}>{detail}</p>
            ))}
          </details>
        )}
        {test.ok && (
          <dl className="test-result__facts">
            <dt>User</dt>
            <dd>{test.user ? <bdi>{`${test.user.name} (@${test.user.username})`}</bdi> : '—'}</dd>
            <dt>Scopes</dt>
            <dd>
              <ScopeChips scopes={test.scopes} />
            </dd>
            <dt>Expires</dt>
            <dd>{describeExpiresIn(test)}</dd>
          </dl>
        )}
        {test.warnings.length > 0 && (
          <ul className="test-result__warnings" aria-label="Warnings">
            {test.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </div>
      {onDismiss && (
        <Button variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      )}
    </div>
  );
}
