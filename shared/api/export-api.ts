import { z } from 'zod';
import { AsOfSchema } from './as-of';
import { gradingScopeShape } from './grading-api';

/**
 * `csv`, `xlsx`, `pdf`, `moodle` and `canvas` are written from the course's (or an iteration's)
 * grades; `metrics-csv` is the pipeline-metrics sheet (one row per team) that needs no rubric;
 * `course-total-csv` is one row per student with each iteration's percent and the weighted course
 * percent (grades.courseTotal).
 */
export const ExportFormatSchema = z.enum(['csv', 'xlsx', 'pdf', 'moodle', 'canvas', 'metrics-csv', 'course-total-csv']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** The largest LMS gradebook the round trip accepts (a few thousand students with many columns). */
export const maxLmsFileLength = 8_000_000;

export const GradeSheetExportInputSchema = z.object({
  /** `iteration` (csv, xlsx, pdf, moodle, canvas): that iteration's grades instead of the whole course's. */
  ...gradingScopeShape,
  format: ExportFormatSchema,
  /** CSV only: ';' for European Excel locales, which then also get decimal commas. */
  delimiter: z.enum([',', ';']).default(','),
  /** CSV only: a byte-order mark, so Excel reads UTF-8. */
  bom: z.boolean().default(true),
  /** Grade activity before this instant, a deadline, exactly as grades.course takes it; defaults to the course's (or iteration's) window. */
  asOf: AsOfSchema,
  /**
   * moodle or canvas: the gradebook CSV the LMS exported. When given, GitPulse writes its grades into
   * that file (the round trip) instead of writing an import file of its own.
   */
  lmsFile: z.string().max(maxLmsFileLength, 'The LMS file is larger than 8 MB').optional(),
  /** The round trip's grade column, by its exact header; by default the only one naming GitPulse. */
  lmsColumn: z.string().max(300).optional(),
  /**
   * A course whose first sync never finished is refused (`conflict`), because its zeros would pass for
   * grades; true writes the sheet anyway, marked as incomplete where the format has room for it.
   */
  allowIncomplete: z.boolean().optional(),
});

export const LmsRoundTripReportSchema = z.object({
  gradeColumn: z.string(),
  matched: z.number().int(),
  /** Rows of the LMS file left as they were: the line (header = 1), who it names, and why. */
  unmatched: z.array(z.object({ line: z.number().int(), who: z.string(), reason: z.string() })),
  /** GitPulse students no row matched, as `username (project)`. */
  notInFile: z.array(z.string()),
});
export type LmsRoundTripReport = z.infer<typeof LmsRoundTripReportSchema>;

/**
 * The file to save. Text formats come as UTF-8 text; XLSX and PDF as base64, because the HTTP
 * preview carries JSON, which has no bytes (IPC would clone them, but both transports share the contract).
 */
export const GradeSheetFileSchema = z.object({
  filename: z.string(),
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
  /** Set for an LMS round trip: what was matched and what was not. */
  roundTrip: LmsRoundTripReportSchema.optional(),
  /**
   * Set when incomplete figures were exported on request: the sentence saying so. CSV, XLSX and PDF
   * carry it in their header as well; Moodle and Canvas files keep the LMS's exact layout and carry
   * nothing, so whoever saves the file shows it.
   */
  notice: z.string().optional(),
});
export type GradeSheetFile = z.infer<typeof GradeSheetFileSchema>;

/** The renderer saves the returned file itself (a download in the preview, the save dialog in the app). */
export const exportApi = {
  'export.gradeSheet': {
    input: GradeSheetExportInputSchema,
    output: GradeSheetFileSchema,
  },
} as const;
