import { useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../../api-client';
import { saveTextFile } from './save-text-file';

/** Export CSV for one course: the core builds the sheet, the window only saves it. */
export function useGradeSheetExport(courseId: number) {
  const [isExporting, setIsExporting] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  async function exportCsv(): Promise<void> {
    setIsExporting(true);
    setError(undefined);
    const result = await api.call('export.gradeSheet', { courseId, format: 'csv' });
    setIsExporting(false);
    if (result.ok) saveTextFile(result.value.filename, result.value.mimeType, result.value.content);
    else setError(result.error);
  }

  return { isExporting, error, exportCsv, dismissError: () => setError(undefined) };
}
