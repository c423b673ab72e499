import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/api/result';
import { describeApiError } from './describe-api-error';
import './error-banner.css';

export interface ErrorBannerProps {
  /** What the user was trying to do, e.g. "Sync failed". */
  title: string;
  error: ApiError;
  action?: ReactNode;
}

/**
 * The server's sentence and what to do, as text (it may quote GitLab or user input); the error code
 * and any raw platform report sit behind a "Details" disclosure, for a bug report rather than for reading.
 */
export function ErrorBanner({ title, error, action }: ErrorBannerProps) {
  const described = describeApiError(error);
  return (
    <div className="error-banner" role="alert">
      <div className="error-banner__text">
        <p className="error-banner__title">{title}</p>
        <p className="error-banner__message">
          <bdi>{described.text}</bdi>
        </p>
        <details className="error-banner__details">
          <summary>Details</summary>
          {described.details.map((detail) => (
            <p key={detail} className="error-banner__detail">
              <bdi>{detail}</bdi>
            </p>
          ))}
        </details>
      </div>
      {action && <div className="error-banner__action">{action}</div>}
    </div>
  );
}
