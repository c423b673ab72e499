import type { Ref } from 'react';
import { useState } from 'react';
import type { GradedCriterion, GradedTeam } from '../../../shared/domain/course-grades';
import { Button } from '../../components/Button';
import { ExternalLink } from '../../components/ExternalLink';
import { FormField } from '../../components/FormField';
import { NumberInput } from '../../components/NumberInput';
import { Panel } from '../../components/Panel';
import { formatPoints } from './format-points';
import type { GradeDrafts } from './grade-drafts';
import { linkEvidence } from './link-evidence';

export interface CriterionDetailProps {
  team: GradedTeam;
  criterion: GradedCriterion;
  isFrozen: boolean;
  drafts: GradeDrafts;
  /** The first field, focused when Enter is pressed on an automatic cell. */
  firstFieldRef: Ref<HTMLInputElement>;
  onOverride(points: number, reason: string): Promise<string | undefined>;
  onClearOverride(reason: string): Promise<string | undefined>;
}

/** One team's criterion: how each check scored and on what evidence, and the override with its reason. */
export function CriterionDetail({ team, criterion, isFrozen, drafts, firstFieldRef, onOverride, onClearOverride }: CriterionDetailProps) {
  const draftKey = `override:${team.projectId}:${criterion.name}` as const;
  const draft = drafts.get(draftKey);
  const [points, setPoints] = useState<number | undefined>(() => {
    const typed = draft?.fields['points'];
    return typed !== undefined && typed !== '' ? Number(typed) : criterion.override?.points;
  });
  const [reason, setReason] = useState(draft?.fields['reason'] ?? '');
  const [errors, setErrors] = useState<{ points?: string; reason?: string; core?: string }>({});

  function remember(nextPoints: number | undefined, nextReason: string): void {
    setPoints(nextPoints);
    setReason(nextReason);
    drafts.put(draftKey, { points: nextPoints === undefined ? '' : String(nextPoints), reason: nextReason });
  }

  async function save(): Promise<void> {
    const found: typeof errors = {};
    if (points === undefined || Number.isNaN(points)) found.points = 'Enter the points that replace the computed ones';
    else if (points < 0) found.points = 'must be >= 0';
    if (!reason.trim()) found.reason = 'A reason is required';
    setErrors(found);
    if (found.points || found.reason || points === undefined) return;
    const refusal = await onOverride(points, reason);
    if (refusal) setErrors({ core: refusal });
    else {
      drafts.remove(draftKey);
      setReason('');
    }
  }

  async function clear(): Promise<void> {
    const refusal = await onClearOverride(reason);
    if (refusal) setErrors({ core: refusal });
    else {
      drafts.remove(draftKey);
      setReason('');
      setPoints(undefined);
    }
  }

  const frozenReason = isFrozen ? 'The grades are frozen; unfreeze them to change anything' : undefined;
  return (
    <Panel
      title={`${criterion.name} · ${team.name}`}
      description={
        <>
          {formatPoints(criterion.points)} of {formatPoints(criterion.maxPoints)} points
          {criterion.override ? ` (computed ${formatPoints(criterion.computedPoints)}, overridden)` : ''} ·{' '}
          <ExternalLink href={team.webUrl}>Open the project in GitLab</ExternalLink>
        </>
      }
      className="criterion-detail"
    >
      {criterion.kind === 'automatic' ? (
        <table className="evidence-table" aria-label={`Checks of ${criterion.name}`}>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col" className="numeric">
                Points
              </th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {criterion.checks.map((check) => {
              const link = linkEvidence(team.webUrl, check);
              return (
                <tr key={check.name}>
                  <th scope="row">
                    <bdi>{check.name}</bdi>
                  </th>
                  <td className="numeric">
                    {formatPoints(check.points)} <span className="unit">/ {formatPoints(check.maxPoints)}</span>
                  </td>
                  <td>
                    <bdi>{check.evidence}</bdi> · <ExternalLink href={link.href}>{link.label}</ExternalLink>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="criterion-detail__comment">
          {criterion.comment ? (
            <>
              Comment: <bdi>{criterion.comment}</bdi>
            </>
          ) : (
            <span className="muted">No comment yet. Type the points and a comment in the matrix (Enter on the cell).</span>
          )}
        </p>
      )}
      <form
        className="override-form"
        aria-label={`Override ${criterion.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormField id="override-points" label="Override points" hint="Weighted, as the total counts them" error={errors.points}>
          {(control) => <NumberInput {...control} ref={firstFieldRef} value={points} onValueChange={(v) => remember(v, reason)} />}
        </FormField>
        <FormField id="override-reason" label="Reason" error={errors.reason}>
          {(control) => <input {...control} className="text-input" maxLength={500} value={reason} onChange={(e) => remember(points, e.target.value)} />}
        </FormField>
        <div className="override-form__actions">
          <Button type="submit" variant="primary" disabledReason={frozenReason}>
            {criterion.override ? 'Change override' : 'Override'}
          </Button>
          {criterion.override && (
            <Button disabledReason={frozenReason} onClick={() => void clear()}>
              Clear override
            </Button>
          )}
        </div>
        {criterion.override && (
          <p className="muted override-form__current">
            Overridden to {formatPoints(criterion.override.points)}: <bdi>{criterion.override.reason}</bdi>
          </p>
        )}
        {errors.core && (
          <p className="form-field__error" role="alert">
            {errors.core}
          </p>
        )}
      </form>
    </Panel>
  );
}
