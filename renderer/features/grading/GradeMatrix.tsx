import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { CourseGrades, GradedCriterion, GradedTeam } from '../../../shared/domain/course-grades';
import type { Rubric } from '../../../shared/grading/rubric';
import { findRubricCriterion } from './find-rubric-criterion';
import { formatPoints } from './format-points';
import type { DraftKey, GradeDrafts } from './grade-drafts';
import type { GridCell } from './grid-navigation';
import { moveInGrid } from './grid-navigation';
import { ManualCellEditor } from './ManualCellEditor';

export interface GradeMatrixProps {
  grades: CourseGrades;
  rubric: Rubric | undefined;
  drafts: GradeDrafts;
  /** Bumped when drafts were saved or dropped elsewhere (the restore banner), so markers follow. */
  draftsVersion: number;
  isFrozen: boolean;
  active: GridCell;
  onActiveChange(cell: GridCell): void;
  /** Enter on a cell that is not typed in place: the detail below takes the focus. */
  onOpenDetail(): void;
  onSaveManual(team: GradedTeam, criterion: GradedCriterion, points: number | null, comment: string): Promise<string | undefined>;
}

export function manualDraftKey(projectId: number, criterion: string): DraftKey {
  return `manual:${projectId}:${criterion}`;
}

function cellId(cell: GridCell): string {
  return `grade-cell-${cell.row}-${cell.col}`;
}

function CriterionValue({ criterion, hasDraft }: { criterion: GradedCriterion; hasDraft: boolean }) {
  const isUnscored = criterion.kind === 'manual' && criterion.manualPoints === null && !criterion.override;
  return (
    <span className="grade-cell">
      <span className={isUnscored ? 'grade-cell__points muted' : 'grade-cell__points'}>{isUnscored ? '—' : formatPoints(criterion.points)}</span>
      {criterion.override && (
        <span className="grade-cell__mark" title={`Overridden: ${criterion.override.reason}`}>
          override
        </span>
      )}
      {criterion.comment && (
        <span className="grade-cell__mark" title={criterion.comment}>
          note
        </span>
      )}
      {hasDraft && <span className="grade-cell__draft">unsaved</span>}
    </span>
  );
}

/**
 * Teams by criteria, as an ARIA grid with one tab stop: the arrows, Home/End and Page keys move, Tab
 * moves on like a spreadsheet, Enter (or a digit) edits a manual score in place, Escape cancels.
 */
export function GradeMatrix({ grades, rubric, drafts, draftsVersion, isFrozen, active, onActiveChange, onOpenDetail, onSaveManual }: GradeMatrixProps) {
  const [editing, setEditing] = useState<{ cell: GridCell; initial?: string } | undefined>(undefined);
  const tableRef = useRef<HTMLTableElement>(null);
  // Focus follows the active cell only once the user is in the grid; loading must not steal it.
  const [wantsFocus, setWantsFocus] = useState(false);
  const firstTeam = grades.teams[0];
  const columns = firstTeam?.criteria ?? [];
  const size = { rows: grades.teams.length, cols: columns.length + 2 };
  const savedDrafts = draftsVersion >= 0 ? drafts.list() : {};

  useEffect(() => {
    if (!wantsFocus || editing) return;
    tableRef.current?.querySelector<HTMLElement>(`#${cellId(active)}`)?.focus();
  }, [active, editing, wantsFocus]);

  function activate(cell: GridCell): void {
    setWantsFocus(true);
    onActiveChange(cell);
  }

  function criterionAt(cell: GridCell): { team: GradedTeam; criterion: GradedCriterion } | undefined {
    const team = grades.teams[cell.row];
    const criterion = team?.criteria[cell.col - 1];
    return team && criterion ? { team, criterion } : undefined;
  }

  function isEditable(cell: GridCell): boolean {
    return !isFrozen && criterionAt(cell)?.criterion.kind === 'manual';
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>): void {
    if (editing) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      if (isEditable(active)) setEditing({ cell: active });
      else onOpenDetail();
      return;
    }
    if (/^[0-9.,]$/.test(event.key) && !event.ctrlKey && !event.metaKey && isEditable(active)) {
      event.preventDefault();
      setEditing({ cell: active, initial: event.key });
      return;
    }
    const next = moveInGrid(active, event, size);
    if (next === undefined || next === 'leave') return;
    event.preventDefault();
    onActiveChange(next);
  }

  async function commit(cell: GridCell, points: number | null, comment: string, move: 'stay' | 'next' | 'previous'): Promise<string | undefined> {
    const target = criterionAt(cell);
    if (!target) return undefined;
    const { team, criterion } = target;
    const isUnchanged = points === criterion.manualPoints && comment === (criterion.comment ?? '');
    const refusal = isUnchanged ? undefined : await onSaveManual(team, criterion, points, comment);
    if (refusal !== undefined) return refusal;
    setEditing(undefined);
    const step = move === 'stay' ? undefined : moveInGrid(cell, { key: 'Tab', shiftKey: move === 'previous' }, size);
    onActiveChange(step && step !== 'leave' ? step : cell);
    return undefined;
  }

  return (
    <div className="grade-matrix-frame">
      <table
        ref={tableRef}
        className="grade-matrix"
        role="grid"
        aria-label="Grades"
        aria-rowcount={grades.teams.length + 1}
        onKeyDown={onKeyDown}
        onFocus={() => setWantsFocus(true)}
        onBlur={(event) => {
          // Focus moved elsewhere on the screen: a save finishing later must not pull it back. A null
          // target is an editor being removed (or a click on nothing), after which the cell takes it.
          if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) setWantsFocus(false);
        }}
      >
        <thead>
          <tr>
            <th scope="col" role="columnheader">
              Team
            </th>
            {columns.map((criterion) => {
              const source = findRubricCriterion(rubric, criterion.name);
              return (
                <th key={criterion.name} scope="col" role="columnheader" className="numeric">
                  <bdi>{criterion.name}</bdi>
                  <span className="grade-matrix__max">
                    {criterion.level === 'bonus' ? 'bonus ' : ''}
                    {source && source.weight !== 1 ? `×${formatPoints(source.weight)} ` : ''}/ {formatPoints(criterion.maxPoints)}
                  </span>
                </th>
              );
            })}
            <th scope="col" role="columnheader" className="numeric">
              Total
              <span className="grade-matrix__max">/ {formatPoints(grades.rubric.maxPoints)}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {grades.teams.map((team, row) => (
            <tr key={team.projectId} data-team={team.project}>
              {[-1, ...columns.keys(), columns.length].map((index) => {
                const cell = { row, col: index + 1 };
                const isActive = cell.row === active.row && cell.col === active.col;
                const common = {
                  id: cellId(cell),
                  tabIndex: isActive ? 0 : -1,
                  'aria-selected': isActive,
                  className: isActive ? 'grade-matrix__cell is-active' : 'grade-matrix__cell',
                  onClick: () => activate(cell),
                };
                if (index === -1) {
                  return (
                    <th key="team" scope="row" role="rowheader" {...common}>
                      <bdi>{team.name}</bdi>
                      <span className="grade-matrix__path">
                        <bdi>{team.project}</bdi>
                      </span>
                    </th>
                  );
                }
                const criterion = team.criteria[index];
                if (index === columns.length || !criterion) {
                  return (
                    <td key="total" role="gridcell" {...common} className={`${common.className} numeric grade-matrix__total`} data-total>
                      {formatPoints(team.total)}
                    </td>
                  );
                }
                const draftKey = manualDraftKey(team.projectId, criterion.name);
                const isEditing = editing?.cell.row === row && editing.cell.col === cell.col;
                const draft = savedDrafts[draftKey];
                const source = findRubricCriterion(rubric, criterion.name);
                return (
                  <td
                    key={criterion.name}
                    role="gridcell"
                    {...common}
                    className={`${common.className} numeric`}
                    aria-readonly={!isEditable(cell)}
                    data-criterion={criterion.name}
                    onDoubleClick={() => isEditable(cell) && setEditing({ cell })}
                  >
                    {isEditing ? (
                      <ManualCellEditor
                        label={`${criterion.name}, ${team.name}`}
                        draftKey={draftKey}
                        drafts={drafts}
                        points={editing.initial ?? draft?.fields['points'] ?? (criterion.manualPoints === null ? '' : String(criterion.manualPoints))}
                        comment={draft?.fields['comment'] ?? criterion.comment ?? ''}
                        maxPoints={source?.maxPoints}
                        onCommit={(points, comment, move) => commit(cell, points, comment, move)}
                        onCancel={() => {
                          setEditing(undefined);
                          onActiveChange(cell);
                        }}
                      />
                    ) : (
                      <CriterionValue criterion={criterion} hasDraft={draft !== undefined} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
