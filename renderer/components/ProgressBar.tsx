import './progress-bar.css';

export interface ProgressBarProps {
  /** Accessible name of the work in progress, e.g. "Sync progress". */
  label: string;
  /** Units done; omit both done and total for work whose size is not known yet. */
  done?: number | undefined;
  total?: number | undefined;
  /** What is happening right now, shown under the bar and announced politely. */
  detail?: string | undefined;
}

export function ProgressBar({ label, done, total, detail }: ProgressBarProps) {
  const isDeterminate = done !== undefined && total !== undefined && total > 0;
  const fraction = isDeterminate ? Math.min(1, Math.max(0, done / total)) : 0;
  return (
    <div className="progress">
      <div
        className={isDeterminate ? 'progress__track' : 'progress__track progress__track--indeterminate'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={isDeterminate ? 0 : undefined}
        aria-valuemax={isDeterminate ? total : undefined}
        aria-valuenow={isDeterminate ? done : undefined}
        aria-valuetext={detail}
      >
        {/* Width is set through the CSSOM (React's style prop), which the strict style-src CSP allows. */}
        <div className="progress__fill" style={isDeterminate ? { width: `${fraction * 100}%` } : undefined} />
      </div>
      {detail && (
        <p className="progress__detail" aria-live="polite">
          {detail}
        </p>
      )}
    </div>
  );
}
