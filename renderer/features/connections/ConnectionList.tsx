import type { Connection } from '../../../shared/domain/connection';
import { useNow } from '../courses/useNow';
import { ConnectionCard } from './ConnectionCard';

export interface ConnectionListProps {
  connections: readonly Connection[];
  onEdit(connection: Connection): void;
}

/**
 * Cards rather than a table: a connection has more facts than fit one readable row, and its test
 * result or remove confirmation belongs right beneath it.
 */
export function ConnectionList({ connections, onEdit }: ConnectionListProps) {
  const now = useNow();
  return (
    <ul className="connection-list" aria-label="GitLab connections">
      {connections.map((connection) => (
        <ConnectionCard key={connection.gitlabUrl} connection={connection} now={now} onEdit={onEdit} />
      ))}
    </ul>
  );
}
