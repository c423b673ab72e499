import type { StudentMetrics } from '../../../shared/domain/student-metrics';
import { readChartTheme } from '../../charts/chart-theme';

export interface ShareBarProps {
  label: string;
  members: readonly StudentMetrics[];
  share(member: StudentMetrics): number | null;
}

/** One stacked bar of the members' shares (they sum to 100 %), each segment named in text beside it. */
export function ShareBar({ label, members, share }: ShareBarProps) {
  const palette = readChartTheme().palette;
  const parts = members.map((member, index) => ({ member, value: share(member), color: palette[index % palette.length] ?? '#888' }));
  if (parts.every((p) => p.value === null)) return <p className="muted">{label}: nobody in the team has a counted commit yet.</p>;
  return (
    <div className="share-bar" role="group" aria-label={label}>
      <span className="share-bar__label">{label}</span>
      <div className="share-bar__track" aria-hidden="true">
        {parts.map(({ member, value, color }) => (
          <span
            key={member.username}
            className="share-bar__segment"
            style={{ width: `${(value ?? 0) * 100}%`, background: color }}
            title={`${member.name}: ${((value ?? 0) * 100).toFixed(1)} %`}
          />
        ))}
      </div>
      <ul className="share-bar__legend">
        {parts.map(({ member, value, color }) => (
          <li key={member.username}>
            <span className="share-bar__swatch" style={{ background: color }} aria-hidden="true" />
            <bdi>{member.name}</bdi> {((value ?? 0) * 100).toFixed(1)} %
          </li>
        ))}
      </ul>
    </div>
  );
}
