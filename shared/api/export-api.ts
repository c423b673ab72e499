import { z } from 'zod';
import { courseRefShape } from './course-ref';

export const ExportFormatSchema = z.enum(['csv']);

/** The renderer saves the returned text itself (a download, or a save dialog in the app). */
export const exportApi = {
  'export.gradeSheet': {
    input: z.object({ ...courseRefShape, format: ExportFormatSchema }),
    output: z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }),
  },
} as const;
