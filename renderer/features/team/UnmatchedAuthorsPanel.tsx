import { useState } from 'react';
import type { StudentMetrics } from '../../../shared/domain/student-metrics';
import type { UnmatchedAuthorDetail } from '../../../shared/domain/team-detail';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import type { TeamActions } from './useTeamActions';
import '../../components/form-field.css';

export interface UnmatchedAuthorsPanelProps {
  authors: readonly UnmatchedAuthorDetail[];
  members: readonly StudentMetrics[];
  actions: TeamActions;
}

/**
 * Commit authors no member matched, with a few of their commit titles to tell whose they are, and
 * a control to map each to a member: stored as an alias of the course, it applies to every figure.
 */
export function UnmatchedAuthorsPanel({ authors, members, actions }: UnmatchedAuthorsPanelProps) {
  return (
    <Panel
      title="Unmatched commit authors"
      description="Commits under a name or email no member has count for nobody. Map an author to the member it belongs to; every figure of the course follows."
    >
      {authors.length === 0 ? (
        <p className="muted">Every counted commit matched a member.</p>
      ) : (
        <ul className="unmatched-list" aria-label="Unmatched authors">
          {authors.map((author) => (
            <UnmatchedAuthorItem key={`${author.name}\u0000${author.email}`} author={author} members={members} actions={actions} />
          ))}
        </ul>
      )}
    </Panel>
  );
}

function UnmatchedAuthorItem({ author, members, actions }: { author: UnmatchedAuthorDetail; members: readonly StudentMetrics[]; actions: TeamActions }) {
  const [username, setUsername] = useState(author.candidates[0] ?? '');
  // An email says more than a name (a name can be shared); GitLab's noreply addresses are still per person.
  const kind = author.email !== '' ? 'email' : 'name';
  const value = kind === 'email' ? author.email : author.name;
  const label = `${author.name || 'no name'} <${author.email || 'no email'}>`;
  return (
    <li className="unmatched" data-author={author.email || author.name}>
      <div className="unmatched__who">
        <bdi className="unmatched__name">{author.name || 'no name'}</bdi> <span className="mono muted">&lt;{author.email || 'no email'}&gt;</span>
        <span className="unmatched__count">
          {author.commits} {author.commits === 1 ? 'commit' : 'commits'}
        </span>
        {author.candidates.length > 0 && <span className="badge badge--warn">matches {author.candidates.map((c) => `@${c}`).join(' and ')} equally</span>}
      </div>
      {author.sampleTitles.length > 0 && (
        <ul className="unmatched__titles" aria-label="Sample commit titles">
          {author.sampleTitles.map((title, index) => (
            <li key={index}>
              <bdi>{title}</bdi>
            </li>
          ))}
        </ul>
      )}
      <div className="unmatched__map">
        <label>
          <span className="visually-hidden">Member for {label}</span>
          <select className="text-input" value={username} onChange={(e) => setUsername(e.target.value)}>
            <option value="">Choose the member…</option>
            {members.map((m) => (
              <option key={m.username} value={m.username}>
                {m.name} (@{m.username})
              </option>
            ))}
          </select>
        </label>
        <Button
          variant="primary"
          aria-label={`Map ${label} to the chosen member`}
          disabledReason={username === '' ? 'Choose the member these commits belong to' : actions.isBusy ? 'Saving…' : undefined}
          onClick={() => void actions.addAlias(username, kind, value)}
        >
          Map by {kind}
        </Button>
      </div>
    </li>
  );
}
