import { z } from 'zod';

/**
 * Which window the figures count in, as a window selector names it. The core turns it into
 * [from, to) in one place (electron/core/metrics/resolve-metrics-window.ts), so the renderer never does
 * date arithmetic and the CLI and the app agree on what "last 7 days" means.
 */
export const MetricsWindowSpecSchema = z.discriminatedUnion('kind', [
  /** The course window (its last day included), `to` capped at now. */
  z.object({ kind: z.literal('course') }),
  /** One of the course's named iterations, by name (case-insensitive). */
  z.object({ kind: z.literal('iteration'), name: z.string().trim().min(1).max(60) }),
  /** The last N days up to now. */
  z.object({ kind: z.literal('lastDays'), days: z.number().int().min(1).max(3660) }),
  /** From the first day through the last day (both `YYYY-MM-DD`, both counted). */
  z.object({ kind: z.literal('range'), first: z.string(), last: z.string() }),
]);
export type MetricsWindowSpec = z.infer<typeof MetricsWindowSpecSchema>;
