import { useState } from 'react';
import type { ExportFormat } from '../../../shared/api/export-api';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../../api-client';
import { selectGradingScope, useGradingScopeStore } from '../grading/grading-scope-store';
import { describeExportNotice, exportGradeSheet, isScopedFormat } from './export-grade-sheet';
import { saveExportedFile } from './save-exported-file';

/** What the export menu offers, in its order; the metrics sheet needs no rubric. */
export const exportFormatLabels: ReadonlyArray<{ format: ExportFormat; label: string }> = [
  { format: 'metrics-csv', label: 'Metrics (CSV)' },
  { format: 'csv', label: 'Grade sheet (CSV)' },
  { format: 'xlsx', label: 'Grade sheet (Excel)' },
  { format: 'pdf', label: 'Feedback report (PDF)' },
  { format: 'moodle', label: 'Moodle import (CSV)' },
  { format: 'canvas', label: 'Canvas import (CSV)' },
  { format: 'course-total-csv', label: 'Course total (CSV)' },
];

/** The menu's label: a format written from one iteration's grades says which, so the scope chosen on the Grading tab is visible here. */
export function labelExportFormat(format: ExportFormat, label: string, iteration: string | undefined): string {
  return iteration !== undefined && isScopedFormat(format) ? `${label} · ${iteration}` : label;
}

/**
 * Export one format of one course: the core builds the file, the window only saves it. A course whose
 * first sync never finished is refused first; `refusedIncomplete` then holds the core's sentence until
 * the instructor exports anyway (marked as incomplete) or cancels, and `notice` says what was exported so.
 */
export function useGradeSheetExport(courseId: number) {
  const iteration = useGradingScopeStore(selectGradingScope(courseId));
  const [format, setFormat] = useState<ExportFormat>('metrics-csv');
  const [isExporting, setIsExporting] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [refusedIncomplete, setRefusedIncomplete] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  async function exportFile(allowIncomplete = false): Promise<void> {
    setIsExporting(true);
    setError(undefined);
    setRefusedIncomplete(undefined);
    setNotice(undefined);
    const outcome = await exportGradeSheet(api, courseId, format, allowIncomplete, iteration === undefined ? {} : { iteration });
    setIsExporting(false);
    if (outcome.kind === 'file') {
      saveExportedFile(outcome.file);
      setNotice(outcome.file.notice === undefined ? undefined : describeExportNotice(format, outcome.file.notice));
    } else if (outcome.kind === 'incomplete') setRefusedIncomplete(outcome.notice);
    else setError(outcome.error);
  }

  return {
    iteration,
    format,
    setFormat,
    isExporting,
    error,
    refusedIncomplete,
    notice,
    exportFile,
    exportAnyway: () => exportFile(true),
    dismissError: () => setError(undefined),
    dismissRefusal: () => setRefusedIncomplete(undefined),
    dismissNotice: () => setNotice(undefined),
  };
}
