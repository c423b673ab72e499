import { Fragment, useState } from 'react';
import type { GradedTeam } from '../../../shared/domain/course-grades';
import type { StudentAdjustment } from '../../../shared/domain/grading';
import type { TeamFlag } from '../../../shared/domain/student-metrics';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { AdjustmentForm } from './AdjustmentForm';
import { formatPoints } from './format-points';
import { formatShare } from './format-share';
import type { GradeDrafts } from './grade-drafts';

export interface StudentsPanelProps {
  team: GradedTeam;
  flags: readonly TeamFlag[];
  basis: Readonly<Record<number, string>>;
  drafts: GradeDrafts;
  isFrozen: boolean;
  onSave(userId: number, adjustment: StudentAdjustment, reason: string): Promise<string | undefined>;
  onClear(userId: number, reason: string): Promise<string | undefined>;
}

function describeAdjustment(points: number, factor: number | null): string {
  if (factor !== null) return `×${formatPoints(factor)} (${points >= 0 ? '+' : ''}${formatPoints(points)})`;
  if (points === 0) return '—';
  return `${points > 0 ? '+' : ''}${formatPoints(points)}`;
}

/**
 * Each student of the team: their shares and flags, the suggested factor beside them (shown, never
 * applied: Accept only fills the form), their adjustment and total.
 */
export function StudentsPanel({ team, flags, basis, drafts, isFrozen, onSave, onClear }: StudentsPanelProps) {
  const [open, setOpen] = useState<{ userId: number; preset?: { factor: number; reason: string } } | undefined>(undefined);
  return (
    <Panel title={`Students · ${team.name}`} description="Adjust a student’s grade for unequal contributions; every change needs a reason.">
      <table className="students-table" aria-label={`Students of ${team.name}`}>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col" className="numeric">
              Commits
            </th>
            <th scope="col" className="numeric">
              Lines
            </th>
            <th scope="col">Flags</th>
            <th scope="col" className="numeric">
              Suggested
            </th>
            <th scope="col" className="numeric">
              Adjustment
            </th>
            <th scope="col" className="numeric">
              Total
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {team.students.map((student) => {
            const own = flags.filter((flag) => flag.username === student.username);
            const factor = student.suggestedFactor;
            const why = basis[student.userId];
            return (
              <Fragment key={student.userId}>
                <tr data-student={student.username}>
                  <th scope="row">
                    <bdi>{student.name || student.username}</bdi>
                    <span className="muted students-table__username">
                      @<bdi>{student.username}</bdi>
                    </span>
                  </th>
                  <td className="numeric">{formatShare(student.commitShare)}</td>
                  <td className="numeric">{formatShare(student.lineShare)}</td>
                  <td>
                    {own.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      own.map((flag) => (
                        <span key={`${flag.kind}-${flag.detail}`} className="flag-chip" title={flag.detail}>
                          <bdi>{flag.detail}</bdi>
                        </span>
                      ))
                    )}
                  </td>
                  <td className="numeric" title={why}>
                    {factor === null ? '—' : `×${formatPoints(factor)}`}
                  </td>
                  <td className="numeric" title={student.adjustmentReason ?? undefined}>
                    {describeAdjustment(student.adjustment, student.adjustmentFactor)}
                  </td>
                  <td className="numeric">
                    {formatPoints(student.total)} <span className="unit">{student.percent.toFixed(0)} %</span>
                  </td>
                  <td className="students-table__actions">
                    {factor !== null && (
                      <Button
                        variant="ghost"
                        aria-label={`Accept the suggested factor ${formatPoints(factor)} for ${student.username}`}
                        disabledReason={isFrozen ? 'The grades are frozen' : undefined}
                        onClick={() =>
                          setOpen({ userId: student.userId, preset: { factor, reason: `Suggested factor accepted: ${why ?? 'contribution shares'}` } })
                        }
                      >
                        Accept
                      </Button>
                    )}
                    <Button
                      variant="ghost"
                      aria-label={`Adjust ${student.username}`}
                      disabledReason={isFrozen ? 'The grades are frozen' : undefined}
                      onClick={() => setOpen({ userId: student.userId })}
                    >
                      Adjust
                    </Button>
                  </td>
                </tr>
                {open?.userId === student.userId && (
                  <tr className="students-table__form">
                    <td colSpan={8}>
                      <AdjustmentForm
                        key={open.preset ? 'preset' : 'plain'}
                        projectId={team.projectId}
                        student={student}
                        drafts={drafts}
                        preset={open.preset}
                        isFrozen={isFrozen}
                        onSave={(adjustment, reason) => onSave(student.userId, adjustment, reason)}
                        onClear={(reason) => onClear(student.userId, reason)}
                        onClose={() => setOpen(undefined)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {flags.some((flag) => flag.username === undefined) && (
        <ul className="team-flags">
          {flags
            .filter((flag) => flag.username === undefined)
            .map((flag) => (
              <li key={`${flag.kind}-${flag.detail}`}>
                <bdi>{flag.detail}</bdi>
              </li>
            ))}
        </ul>
      )}
    </Panel>
  );
}
