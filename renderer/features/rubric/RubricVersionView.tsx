import { Fragment } from 'react';
import type { RubricVersion } from '../../../shared/domain/grading';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { formatAbsoluteTime } from '../../format/format-relative-time';
import { saveExportedFile } from '../courses/save-exported-file';
import { formatPoints } from '../grading/format-points';
import { computeRubricMaximum, weightedMaximum } from './compute-rubric-maximum';
import { describeCheck } from './describe-check';
import { useRubricStore } from './rubric-store';

/** An earlier version, read-only: what it scored and how, so a past grade can be explained. */
export function RubricVersionView({ version }: { version: RubricVersion }) {
  const { rubric } = version;
  const maximum = computeRubricMaximum(rubric);
  async function exportVersion(): Promise<void> {
    const file = await useRubricStore.getState().exportSaved(version.version);
    if (file) saveExportedFile({ filename: file.filename, mimeType: 'application/json', encoding: 'utf8', content: file.json });
  }
  return (
    <Panel
      title={`Version ${version.version}: ${rubric.name}`}
      description={
        version.isBuiltIn
          ? 'The built-in template, in force before the first save. Read-only.'
          : `Saved ${version.savedAt ? formatAbsoluteTime(version.savedAt) : ''}. Read-only.`
      }
      actions={
        <>
          <Button onClick={() => void exportVersion()}>Export JSON</Button>
          <Button variant="primary" onClick={() => useRubricStore.getState().closeVersion()}>
            Back to the editor
          </Button>
        </>
      }
    >
      <p className="rubric-summary">
        Maximum <strong className="numeric">{formatPoints(maximum.maxPoints)}</strong> <span className="unit">pts</span>
        {maximum.bonusPoints > 0 && <> · bonus up to {formatPoints(maximum.bonusPoints)} pts</>} · partial credit rounded to {rubric.step}
      </p>
      <table className="rubric-version-table">
        <thead>
          <tr>
            <th scope="col">Criterion / check</th>
            <th scope="col">Level</th>
            <th scope="col" className="numeric">
              Points
            </th>
            <th scope="col" className="numeric">
              Weight
            </th>
            <th scope="col" className="numeric">
              Counts
            </th>
          </tr>
        </thead>
        <tbody>
          {rubric.criteria.map((criterion) => (
            <Fragment key={criterion.name}>
              <tr className="rubric-version-table__criterion">
                <th scope="row">
                  <bdi>{criterion.name}</bdi> <span className="muted">({criterion.kind === 'manual' ? 'by hand' : 'automatic'})</span>
                </th>
                <td>{criterion.level}</td>
                <td className="numeric">{formatPoints(criterion.maxPoints)}</td>
                <td className="numeric">{formatPoints(criterion.weight)}</td>
                <td className="numeric">{formatPoints(weightedMaximum(criterion))}</td>
              </tr>
              {criterion.kind === 'automatic' &&
                criterion.checks.map((check) => (
                  <tr key={`${criterion.name}/${check.name}`}>
                    <td className="rubric-version-table__check" colSpan={2}>
                      <bdi>{check.name}</bdi> <span className="muted">— {describeCheck(check)}</span>
                    </td>
                    <td className="numeric">{formatPoints(check.points)}</td>
                    <td />
                    <td />
                  </tr>
                ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
