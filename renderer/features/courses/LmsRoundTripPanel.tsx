import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { FormField } from '../../components/FormField';
import { Panel } from '../../components/Panel';
import { SegmentedControl } from '../../components/SegmentedControl';
import { IncompleteExportPrompt } from './IncompleteExportPrompt';
import { LmsRoundTripReport } from './LmsRoundTripReport';
import type { LmsKind, LmsRoundTrip } from './useLmsRoundTrip';

const lmsOptions: ReadonlyArray<{ value: LmsKind; label: string }> = [
  { value: 'moodle', label: 'Moodle' },
  { value: 'canvas', label: 'Canvas' },
];

const exportHint: Record<LmsKind, string> = {
  moodle: 'In Moodle: Grades → Export → Plain text file, with the email address among the user fields.',
  canvas: 'In Canvas: Grades → Export → Export entire gradebook.',
};

export interface LmsRoundTripPanelProps {
  trip: LmsRoundTrip;
  onClose(): void;
}

/**
 * The LMS round trip: the gradebook the LMS exported comes back with the GitPulse totals in its grade
 * column and every other cell as it was, ready to import (docs/lms-export.md).
 */
export function LmsRoundTripPanel({ trip, onClose }: LmsRoundTripPanelProps) {
  const firstField = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Opened from the header's button: the keyboard continues in the panel it opened.
    firstField.current?.querySelector('input')?.focus();
  }, []);
  const lmsLabel = trip.lms === 'moodle' ? 'Moodle' : 'Canvas';
  const fillBlocked = trip.isFilling ? 'Filling in…' : trip.file ? undefined : 'Choose the gradebook file first';

  return (
    <Panel
      id="lms-round-trip"
      className="lms-round-trip"
      title="Fill in a Moodle or Canvas gradebook"
      description="GitPulse writes each student's total into the gradebook's GitPulse column and leaves every other cell as the LMS wrote it. Students are matched on their email or username, exactly; rows it cannot match are listed, never guessed."
      actions={
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className="lms-round-trip__fields">
        <div ref={firstField} className="lms-round-trip__lms">
          <span className="form-field__label" aria-hidden="true">
            LMS
          </span>
          <SegmentedControl name="lms-kind" label="LMS" options={lmsOptions} value={trip.lms} onChange={trip.setLms} />
        </div>
        <FormField
          id="lms-file"
          label="Gradebook the LMS exported (CSV)"
          hint={trip.file ? `${trip.file.columns.length} columns read · up to 8 MB` : `${exportHint[trip.lms]} Up to 8 MB.`}
          error={trip.fileProblem}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              className="lms-round-trip__file"
              onChange={(event) => {
                const picked = event.target.files?.[0];
                if (picked) void trip.pickFile(picked);
              }}
            />
          )}
        </FormField>
        <FormField id="lms-column" label="Column to fill" hint="By default the only column whose name contains GitPulse">
          {(control) => (
            <select
              {...control}
              className="text-input lms-round-trip__column"
              value={trip.column}
              disabled={!trip.file}
              onChange={(event) => trip.setColumn(event.target.value)}
            >
              <option value="">The GitPulse column</option>
              {trip.file?.columns.map((name, index) => (
                // Two LMS columns may share a name; the index keeps each option distinct.
                <option key={`${index}:${name}`} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Button variant="primary" className="lms-round-trip__fill" disabledReason={fillBlocked} onClick={() => void trip.fill()}>
          {trip.isFilling ? 'Filling in…' : 'Fill in and save'}
        </Button>
      </div>
      {trip.iteration !== undefined && (
        <p className="muted lms-round-trip__scope">
          Filled with the grades of <bdi>{trip.iteration}</bdi>, the grading scope chosen on the Rubric and Grading tabs.
        </p>
      )}
      {trip.problem && (
        <p className="form-field__error" role="alert">
          The {lmsLabel} file was not filled in: {trip.problem}
        </p>
      )}
      {trip.refusedIncomplete !== undefined && (
        <IncompleteExportPrompt
          refusal={trip.refusedIncomplete}
          isExporting={trip.isFilling}
          onExportAnyway={() => void trip.fillAnyway()}
          onCancel={trip.dismissRefusal}
        />
      )}
      {trip.report && (
        <LmsRoundTripReport filename={trip.report.filename} lmsLabel={trip.report.lms === 'moodle' ? 'Moodle' : 'Canvas'} trip={trip.report.trip} />
      )}
    </Panel>
  );
}
