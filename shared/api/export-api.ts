import { z } from 'zod';

export const ExportFormatSchema = z.enum(['csv']);

/** The renderer saves the returned text itself (a download, or a save dialog in the app). */
export const exportApi = {
  'export.gradeSheet': {
    input: z.object({ course: z.string().optional(), format: ExportFormatSchema }),
    output: z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }),
  },
} as const;
