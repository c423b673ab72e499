import { z } from 'zod';

/**
 * An instant grading counts activity up to (exclusive): `YYYY-MM-DD` (that day's start, UTC) or an
 * ISO 8601 date-time. Only its length is checked here; the core reads it where the metrics window
 * is resolved (electron/core/metrics/resolve-metrics-window.ts), so `grade --as-of` and
 * `export --as-of` accept exactly the same values and refuse them with the same message.
 */
export const AsOfSchema = z.string().max(40, 'must be at most 40 characters').optional();
