import type { AuditEntry } from '../../../shared/domain/audit';
import { formatBytes } from '../../format/format-bytes';
import { formatNumber } from '../../format/format-count';
import { classifyHttpStatus } from './classify-http-status';

// Day-first and 24-hour so every row's time has the same width and sorts by eye.
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const fullTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });

function formatTime(iso: string, format: Intl.DateTimeFormat): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : format.format(time);
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const tone = classifyHttpStatus(entry.status);
  const url = `${entry.gitlabUrl.replace(/\/+$/, '')}${entry.path}`;
  return (
    <tr>
      <td className="audit-table__time">
        <time dateTime={entry.at} title={formatTime(entry.at, fullTimeFormat)}>
          {formatTime(entry.at, timeFormat)}
        </time>
      </td>
      <td className="audit-table__method">{entry.method}</td>
      {/* The full address as a tooltip: the cell truncates long paths with their query strings. */}
      <td className="audit-table__path" title={url}>
        <span>
          <bdi dir="ltr">{entry.path}</bdi>
        </span>
      </td>
      <td
        className={`numeric audit-table__status tone-${tone}${tone === 'good' ? '' : ' is-notable'}`}
        title={entry.status === null ? 'No answer: the request failed or timed out' : undefined}
      >
        {entry.status ?? '—'}
      </td>
      <td className="numeric">
        {formatNumber(entry.durationMs)}
        <span className="unit"> ms</span>
      </td>
      <td className="numeric">{formatBytes(entry.bytes)}</td>
      <td className="numeric">{formatNumber(entry.budgetLeft)}</td>
    </tr>
  );
}

/** One row per GitLab API call, newest first; dense because a sync makes hundreds of them. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <div className="audit-frame">
      <table className="audit-table" aria-label="GitLab API calls">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Method</th>
            <th scope="col">Path</th>
            <th scope="col" className="numeric">
              Status
            </th>
            <th scope="col" className="numeric">
              Duration
            </th>
            <th scope="col" className="numeric">
              Size
            </th>
            <th scope="col" className="numeric" title="Requests the rate budget allowed right after this call">
              Budget left
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
