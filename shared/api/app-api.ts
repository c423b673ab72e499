import { z } from 'zod';

export const appApi = {
  'app.info': {
    input: z.object({}),
    output: z.object({ version: z.string(), dataDir: z.string(), databasePath: z.string() }),
  },
} as const;
