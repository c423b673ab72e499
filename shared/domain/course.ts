import { z } from 'zod';
import { describeNotADate, isCalendarDate } from './calendar-date';

/** Where a course's team projects come from: every project of a group (subgroups included) or a list. */
export const CourseSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('group'), groupPath: z.string().min(1) }),
  z.object({ kind: z.literal('projects'), projectPaths: z.array(z.string().min(1)).min(1) }),
]);
export type CourseSource = z.infer<typeof CourseSourceSchema>;

export const CourseSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  gitlabUrl: z.string(),
  source: CourseSourceSchema,
  isDemo: z.boolean(),
  teamCount: z.number().int(),
  lastSyncedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Course window, `YYYY-MM-DD`: activity outside it does not count towards metrics. */
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  /** Minutes between scheduled syncs; null switches the schedule off. */
  syncIntervalMinutes: z.number().int().nullable(),
  /** The last sync's failure, kept until a sync succeeds. */
  lastSyncError: z.string().nullable(),
  /** Coverage (percent) a team's latest default-branch pipeline must reach for the coverage check. */
  coverageThreshold: z.number(),
  /** IANA time zone calendar days are counted in (daily series, heatmaps); null: this machine's. */
  timeZone: z.string().nullable(),
});
export type Course = z.infer<typeof CourseSchema>;

/** Course names double as CLI arguments, so they are kept to one plain token. */
export const CourseNameSchema = z
  .string()
  .trim()
  .min(1, 'Course name is empty')
  .max(80, 'Course name is longer than 80 characters')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'Course name may use letters, digits, spaces, dots, dashes and underscores');

/** An IANA time zone the runtime knows, e.g. Europe/Prague. */
export const TimeZoneSchema = z
  .string()
  .trim()
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.length > 0;
    } catch {
      return false;
    }
  }, 'Use an IANA time zone such as Europe/Prague or UTC');

/** A real calendar day, `YYYY-MM-DD` (2026-02-30 and 2026-13-45 are refused, not rolled over). */
export const IsoDateSchema = z.string().superRefine((text, ctx) => {
  if (!isCalendarDate(text)) ctx.addIssue({ code: 'custom', message: describeNotADate(text) });
});
