import type { RosterEntry, RosterRole } from '../../../shared/domain/roster';
import { ExternalLink } from '../../components/ExternalLink';
import type { SegmentedOption } from '../../components/SegmentedControl';
import { SegmentedControl } from '../../components/SegmentedControl';
import { rosterKey } from './roster-store';

const roleOptions: readonly SegmentedOption<RosterRole>[] = [
  { value: 'student', label: 'Student' },
  { value: 'staff', label: 'Staff' },
];

export interface RosterRowProps {
  entry: RosterEntry;
  isPending: boolean;
  onRoleChange(entry: RosterEntry, role: RosterRole): void;
}

/** One person on one team; names, usernames and emails are whatever students typed, so all plain text. */
export function RosterRow({ entry, isPending, onRoleChange }: RosterRowProps) {
  const key = rosterKey(entry);
  return (
    <tr data-user={entry.username} className={entry.role === 'staff' ? 'is-staff' : undefined} aria-busy={isPending || undefined}>
      <td className="roster-table__name">
        <bdi>{entry.webUrl ? <ExternalLink href={entry.webUrl}>{entry.name}</ExternalLink> : entry.name}</bdi>
      </td>
      <td className="roster-table__username">
        <bdi>@{entry.username}</bdi>
      </td>
      <td className="roster-table__email" title={entry.publicEmail ?? undefined}>
        {entry.publicEmail ?? (
          <span className="muted">
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">no public email</span>
          </span>
        )}
      </td>
      <td className="roster-table__role">
        <div className="role-cell">
          <SegmentedControl
            name={`role-${key}`}
            label={`Role of ${entry.name} in ${entry.project}`}
            size="small"
            options={roleOptions}
            value={entry.role}
            onChange={(role) => onRoleChange(entry, role)}
          />
          {entry.isOverridden && (
            <span className="role-cell__note" title="GitLab's membership suggested the other role; you changed it.">
              changed by you
            </span>
          )}
        </div>
      </td>
    </tr>
  );
}
