import { useState } from 'react';
import type { ExportFormat } from '../../../shared/api/export-api';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../../api-client';
import { saveExportedFile } from './save-exported-file';

/** What the export menu offers, in its order; the metrics sheet needs no rubric. */
export const exportFormatLabels: ReadonlyArray<{ format: ExportFormat; label: string }> = [
  { format: 'metrics-csv', label: 'Metrics (CSV)' },
  { format: 'csv', label: 'Grade sheet (CSV)' },
  { format: 'xlsx', label: 'Grade sheet (Excel)' },
  { format: 'pdf', label: 'Feedback report (PDF)' },
  { format: 'moodle', label: 'Moodle import (CSV)' },
  { format: 'canvas', label: 'Canvas import (CSV)' },
];

/** Export one format of one course: the core builds the file, the window only saves it. */
export function useGradeSheetExport(courseId: number) {
  const [format, setFormat] = useState<ExportFormat>('metrics-csv');
  const [isExporting, setIsExporting] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  async function exportFile(): Promise<void> {
    setIsExporting(true);
    setError(undefined);
    const result = await api.call('export.gradeSheet', { courseId, format });
    setIsExporting(false);
    if (result.ok) saveExportedFile(result.value);
    else setError(result.error);
  }

  return { format, setFormat, isExporting, error, exportFile, dismissError: () => setError(undefined) };
}
