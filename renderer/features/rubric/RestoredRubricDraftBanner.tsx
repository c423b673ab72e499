import { Button } from '../../components/Button';
import { formatAbsoluteTime } from '../../format/format-relative-time';

export interface RestoredRubricDraftBannerProps {
  at: string;
  basedOnVersion: number;
  /** The version in force now; another one may have been saved (here or from the CLI) since the draft was edited. */
  savedVersion: number;
  onKeep(): void;
  onDiscard(): void;
}

/**
 * The editor opened with a draft kept from an earlier session. It is already in the editor (one Undo
 * away from the saved rubric), but nothing saves it without the instructor: this says what it is and
 * offers to throw it away.
 */
export function RestoredRubricDraftBanner({ at, basedOnVersion, savedVersion, onKeep, onDiscard }: RestoredRubricDraftBannerProps) {
  return (
    <div className="rubric-draft-banner" role="status">
      <p>
        <strong>Unsaved draft from {formatAbsoluteTime(at)}</strong>, restored in the editor below. It was edited from{' '}
        {basedOnVersion === 0 ? 'the built-in template' : `version ${basedOnVersion}`}
        {savedVersion !== basedOnVersion && `; version ${savedVersion} has been saved since, and saving the draft replaces it`}.
      </p>
      <div className="rubric-draft-banner__actions">
        <Button variant="primary" onClick={onKeep}>
          Keep editing
        </Button>
        <Button onClick={onDiscard}>Discard</Button>
      </div>
    </div>
  );
}
