import { useState } from 'react';
import type { LmsRoundTripReport } from '../../../shared/api/export-api';
import { api } from '../../api-client';
import { selectGradingScope, useGradingScopeStore } from '../grading/grading-scope-store';
import { exportGradeSheet } from './export-grade-sheet';
import { readCsvHeader } from './read-csv-header';
import { readLmsFile } from './read-lms-file';
import { saveExportedFile } from './save-exported-file';

export type LmsKind = 'moodle' | 'canvas';

/** The gradebook picked, read and checked in the window; its text travels to the core with the request. */
export interface PickedLmsFile {
  name: string;
  text: string;
  columns: string[];
}

/**
 * Filling in a gradebook the LMS exported: pick it (checked here for size and encoding), optionally
 * name the column to fill, let the core write the grades into it, save what it returns and keep its
 * report of who was matched. Each problem is kept with the field it belongs to.
 */
export function useLmsRoundTrip(courseId: number) {
  // The gradebook is filled with the grades of the scope chosen on the Grading tab.
  const iteration = useGradingScopeStore(selectGradingScope(courseId));
  const [lms, setLms] = useState<LmsKind>('moodle');
  const [file, setFile] = useState<PickedLmsFile | undefined>(undefined);
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const [column, setColumn] = useState('');
  const [isFilling, setIsFilling] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [refusedIncomplete, setRefusedIncomplete] = useState<string | undefined>(undefined);
  const [report, setReport] = useState<{ filename: string; lms: LmsKind; trip: LmsRoundTripReport } | undefined>(undefined);

  async function pickFile(picked: File): Promise<void> {
    setProblem(undefined);
    setReport(undefined);
    const reading = await readLmsFile(picked);
    if (!reading.ok) {
      setFile(undefined);
      setFileProblem(`${picked.name}: ${reading.message}`);
      return;
    }
    setFileProblem(undefined);
    setFile({ name: picked.name, text: reading.text, columns: readCsvHeader(reading.text) });
    setColumn('');
  }

  async function fill(allowIncomplete = false): Promise<void> {
    if (!file) {
      setFileProblem('Choose the gradebook CSV the LMS exported first.');
      return;
    }
    setIsFilling(true);
    setProblem(undefined);
    setRefusedIncomplete(undefined);
    setReport(undefined);
    const outcome = await exportGradeSheet(api, courseId, lms, allowIncomplete, {
      lmsFile: file.text,
      ...(column ? { lmsColumn: column } : {}),
      ...(iteration === undefined ? {} : { iteration }),
    });
    setIsFilling(false);
    if (outcome.kind === 'incomplete') setRefusedIncomplete(outcome.notice);
    else if (outcome.kind === 'failed') setProblem(outcome.error.message);
    else {
      saveExportedFile(outcome.file);
      if (outcome.file.roundTrip) setReport({ filename: outcome.file.filename, lms, trip: outcome.file.roundTrip });
    }
  }

  return {
    iteration,
    lms,
    setLms(next: LmsKind) {
      setLms(next);
      setProblem(undefined);
      setReport(undefined);
    },
    file,
    fileProblem,
    pickFile,
    column,
    setColumn,
    isFilling,
    problem,
    refusedIncomplete,
    report,
    fill,
    fillAnyway: () => fill(true),
    dismissRefusal: () => setRefusedIncomplete(undefined),
  };
}

export type LmsRoundTrip = ReturnType<typeof useLmsRoundTrip>;
