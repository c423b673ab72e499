import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/api/result';
import './error-banner.css';

export interface ErrorBannerProps {
  /** What the user was trying to do, e.g. "Sync failed". */
  title: string;
  error: ApiError;
  action?: ReactNode;
}

/** Shows the server's message verbatim, as text: it may quote GitLab or user input. */
export function ErrorBanner({ title, error, action }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert">
      <div className="error-banner__text">
        <p className="error-banner__title">{title}</p>
        <p className="error-banner__message">
          <bdi>{error.message}</bdi> <span className="error-banner__code">({error.code})</span>
        </p>
      </div>
      {action && <div className="error-banner__action">{action}</div>}
    </div>
  );
}
