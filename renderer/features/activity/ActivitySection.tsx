import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { formatNumber } from '../../format/format-count';
import { AuditTable } from './AuditTable';
import { auditPageSize, selectHasOlder, useAuditStore } from './audit-store';
import { filterAuditEntries } from './filter-audit-entries';
import './activity.css';

/** Settings → Activity: every call GitPulse made to GitLab, so an instructor (or their admin) can see what it did. */
export function ActivitySection() {
  const entries = useAuditStore((state) => state.entries);
  const status = useAuditStore((state) => state.status);
  const error = useAuditStore((state) => state.error);
  const pageIndex = useAuditStore((state) => state.cursors.length - 1);
  const hasOlder = useAuditStore(selectHasOlder);
  const { fetchNewest, fetchNewer, fetchOlder } = useAuditStore.getState();
  const [filter, setFilter] = useState('');
  const shown = filterAuditEntries(entries, filter);

  useEffect(() => {
    void useAuditStore.getState().fetchNewest();
  }, []);

  const isNewestPage = pageIndex === 0;
  const first = pageIndex * auditPageSize + 1;
  const range = entries.length === 0 ? undefined : `Calls ${formatNumber(first)}–${formatNumber(first + entries.length - 1)}, newest first`;

  const paging = (
    <>
      {range && <span className="audit-range">{range}</span>}
      <Button onClick={() => void fetchNewest()}>{isNewestPage ? 'Refresh' : 'Newest'}</Button>
      <Button onClick={() => void fetchNewer()} disabledReason={isNewestPage ? 'This is the newest page.' : undefined}>
        Newer
      </Button>
      <Button onClick={() => void fetchOlder()} disabledReason={hasOlder ? undefined : 'Nothing older in the log.'}>
        Older
      </Button>
    </>
  );
  const hasEntries = status === 'ready' && entries.length > 0;

  return (
    <Panel
      title="GitLab activity"
      description="Every request GitPulse sent to GitLab, with its answer and what was left of the rate budget. Tokens are never recorded."
      actions={hasEntries ? paging : undefined}
    >
      {error && (
        <ErrorBanner
          title={status === 'ready' ? 'Could not load this page of the log' : 'Could not load the activity log'}
          error={error}
          action={<Button onClick={() => void fetchNewest()}>Retry</Button>}
        />
      )}
      {status === 'loading' && <p className="muted">Loading the activity log…</p>}
      {status === 'ready' && entries.length === 0 && (
        <EmptyState title="No GitLab calls yet">Every request GitPulse sends to GitLab appears here. Add a connection, then sync a course.</EmptyState>
      )}
      {entries.length > 0 && (
        <div className="audit-filter">
          <label htmlFor="audit-filter">Filter this page</label>
          <input
            id="audit-filter"
            className="text-input"
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            placeholder="e.g. pipelines 429"
            spellCheck={false}
          />
          {filter.trim() !== '' && (
            <span className="muted" role="status">
              {formatNumber(shown.length)} of {formatNumber(entries.length)} calls
            </span>
          )}
        </div>
      )}
      {shown.length > 0 && <AuditTable entries={shown} />}
      {/* The same paging under 200 rows, so Older is where the reader's eye ends up. */}
      {hasEntries && (
        <nav className="audit-paging" aria-label="Activity log pages">
          {paging}
        </nav>
      )}
    </Panel>
  );
}
