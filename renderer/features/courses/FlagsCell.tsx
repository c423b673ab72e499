import type { TeamFlag } from '../../../shared/domain/student-metrics';
import { flagDefinitions } from '../../../shared/metrics/team-flags';

/** The team's flags as a count; the tooltip lists each flag's detail and what raises it. */
export function FlagsCell({ flags }: { flags: readonly TeamFlag[] }) {
  if (flags.length === 0) {
    return (
      <span className="muted" title="No flag raised in this window.">
        none
      </span>
    );
  }
  const kinds = [...new Set(flags.map((f) => f.kind))];
  const title = [...flags.map((f) => `• ${f.detail}`), '', ...kinds.map((k) => flagDefinitions[k])].join('\n');
  return (
    <span className="badge badge--warn flag-count" title={title}>
      ⚑ {flags.length} {flags.length === 1 ? 'flag' : 'flags'}
    </span>
  );
}
