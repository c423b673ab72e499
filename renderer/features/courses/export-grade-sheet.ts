import type { ExportFormat, GradeSheetFile } from '../../../shared/api/export-api';
import type { ApiTransport } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { exportAnywayHint } from '../../../shared/domain/incomplete-figures';

/**
 * What an export came to: a file to save, a refusal of incomplete figures (its sentence, without the
 * hint the window asks as a question instead), or another failure.
 */
export type ExportOutcome = { kind: 'file'; file: GradeSheetFile } | { kind: 'incomplete'; notice: string } | { kind: 'failed'; error: ApiError };

/** What an export may carry beyond its format: an LMS gradebook to fill in (the round trip) and its grade column. */
export interface ExportExtras {
  lmsFile?: string;
  lmsColumn?: string;
  /** The grading scope's iteration; only the formats written from one scope's grades take it. */
  iteration?: string;
}

/** The formats written from one grading scope's grades; the metrics sheet and the course total span the whole course. */
export function isScopedFormat(format: ExportFormat): boolean {
  return format !== 'metrics-csv' && format !== 'course-total-csv';
}

/** Asks the core for one format; `allowIncomplete` only after the instructor said "Export anyway". */
export async function exportGradeSheet(
  api: ApiTransport,
  courseId: number,
  format: ExportFormat,
  allowIncomplete: boolean,
  extras: ExportExtras = {},
): Promise<ExportOutcome> {
  const { iteration, ...rest } = extras;
  const scope = iteration !== undefined && isScopedFormat(format) ? { iteration } : {};
  const result = await api.call('export.gradeSheet', { courseId, format, ...rest, ...scope, ...(allowIncomplete ? { allowIncomplete } : {}) });
  if (result.ok) return { kind: 'file', file: result.value };
  const { code, message } = result.error;
  if (code === 'conflict' && message.endsWith(exportAnywayHint)) return { kind: 'incomplete', notice: message.slice(0, -exportAnywayHint.length).trim() };
  return { kind: 'failed', error: result.error };
}

/** What the window says after exporting incomplete figures: an LMS import file keeps its layout, so only this says it. */
export function describeExportNotice(format: ExportFormat, notice: string): string {
  if (format === 'moodle' || format === 'canvas')
    return `Exported without a mark: a ${format === 'moodle' ? 'Moodle' : 'Canvas'} import file must keep the layout the LMS reads. ${notice}`;
  return `Exported, marked as incomplete in the file: ${notice}`;
}
