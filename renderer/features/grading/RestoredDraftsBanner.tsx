import { useState } from 'react';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import type { Rubric } from '../../../shared/grading/rubric';
import { Button } from '../../components/Button';
import { findRubricCriterion } from './find-rubric-criterion';
import { parseManualKey, type GradeDrafts } from './grade-drafts';
import { readManualEntry } from './read-manual-entry';

export interface RestoredDraftsBannerProps {
  grades: CourseGrades;
  rubric: Rubric | undefined;
  drafts: GradeDrafts;
  /** The drafts found when the screen opened. */
  restoredKeys: ReadonlySet<string>;
  onSave(projectId: number, criterion: string, points: number | null, comment: string): Promise<string | undefined>;
  onChanged(): void;
}

/** Manual scores typed before the window closed and never saved: offered back, never saved without asking. */
export function RestoredDraftsBanner({ grades, rubric, drafts, restoredKeys, onSave, onChanged }: RestoredDraftsBannerProps) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const pending = Object.entries(drafts.list()).flatMap(([key, draft]) => {
    const place = restoredKeys.has(key) ? parseManualKey(key) : undefined;
    const team = place && grades.teams.find((t) => t.projectId === place.projectId);
    return place && team ? [{ key, place, team, draft }] : [];
  });
  if (pending.length === 0) return null;

  async function saveAll(): Promise<void> {
    setProblem(undefined);
    for (const { key, place, team, draft } of pending) {
      const entry = readManualEntry(draft.fields['points'] ?? '', findRubricCriterion(rubric, place.criterion)?.maxPoints);
      const refusal = entry.ok ? await onSave(place.projectId, place.criterion, entry.points, draft.fields['comment'] ?? '') : entry.message;
      if (refusal) {
        setProblem(`${place.criterion} for ${team.name}: ${refusal}`);
        break;
      }
      drafts.remove(key as `manual:${number}:${string}`);
    }
    onChanged();
  }

  return (
    <div className="drafts-banner" role="status">
      <p>
        {pending.length} {pending.length === 1 ? 'score' : 'scores'} typed earlier {pending.length === 1 ? 'was' : 'were'} not saved (marked “unsaved” below):{' '}
        {pending.map(({ key, place, team }, i) => (
          <span key={key}>
            {i > 0 && ', '}
            <bdi>{place.criterion}</bdi> for <bdi>{team.name}</bdi>
          </span>
        ))}
        .
      </p>
      {problem && <p className="form-field__error">{problem}</p>}
      <div className="drafts-banner__actions">
        <Button variant="primary" disabledReason={grades.frozen ? 'The grades are frozen' : undefined} onClick={() => void saveAll()}>
          Save them
        </Button>
        <Button
          onClick={() => {
            for (const { key } of pending) drafts.remove(key as `manual:${number}:${string}`);
            onChanged();
          }}
        >
          Discard them
        </Button>
      </div>
    </div>
  );
}
