import type { ConnectionTest } from '../../../shared/domain/connection';
import { Button } from '../../components/Button';
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
  return (
    <div className={`test-result is-${tone}`} role={test.ok ? 'status' : 'alert'}>
      <div className="test-result__text">
        <p className="test-result__title">{test.ok ? 'Connection works' : 'Connection failed'}</p>
        {test.message && <p className="test-result__message">{test.message}</p>}
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
