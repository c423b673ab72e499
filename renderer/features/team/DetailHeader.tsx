import type { ReactNode } from 'react';
import { Button } from '../../components/Button';
import { ExternalLink } from '../../components/ExternalLink';

export interface DetailHeaderProps {
  backLabel: string;
  onBack(): void;
  title: string;
  subtitle?: ReactNode;
  gitlabUrl: string;
  notes?: readonly string[];
}

/** The top of a team or student page: the way back, what is shown, its GitLab page, and what is missing behind it. */
export function DetailHeader({ backLabel, onBack, title, subtitle, gitlabUrl, notes = [] }: DetailHeaderProps) {
  return (
    <header className="detail-header">
      <div className="detail-header__row">
        <Button variant="ghost" onClick={onBack}>
          ← {backLabel}
        </Button>
        <h2 className="detail-header__title">
          <bdi>{title}</bdi>
        </h2>
        <ExternalLink href={gitlabUrl} className="detail-header__gitlab">
          Open in GitLab ↗
        </ExternalLink>
      </div>
      {subtitle && <p className="detail-header__subtitle">{subtitle}</p>}
      {notes.length > 0 && (
        <ul className="detail-header__notes" aria-label="Missing data">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </header>
  );
}
