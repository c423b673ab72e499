import { splitPlatformDetail } from '../../components/describe-api-error';

/** The course's last sync failure: the sentence in the bar, a platform's raw report (D-Bus, a system error) behind "Details". */
export function LastSyncError({ message }: { message: string }) {
  const { text, details } = splitPlatformDetail(message);
  return (
    <div className="sync-bar__error">
      <p>
        Last sync failed: <bdi>{text}</bdi>
      </p>
      {details.length > 0 && (
        <details className="sync-bar__error-details">
          <summary>Details</summary>
          {details.map((detail) => (
            <p key={detail}>
              <bdi>{detail}</bdi>
            </p>
          ))}
        </details>
      )}
    </div>
  );
}
