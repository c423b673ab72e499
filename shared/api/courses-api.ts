import { z } from 'zod';
import { CourseNameSchema, CourseSchema, IsoDateSchema, TimeZoneSchema } from '../domain/course';
import { CourseRefSchema, courseRefShape } from './course-ref';

export const coursesApi = {
  'courses.list': { input: z.object({}), output: z.array(CourseSchema) },
  'courses.add': {
    input: z
      .object({
        name: CourseNameSchema,
        gitlabUrl: z.string().trim().min(1, 'GitLab URL is empty'),
        groupPath: z.string().trim().min(1).optional(),
        projectPaths: z.array(z.string().trim().min(1)).optional(),
        windowStart: IsoDateSchema.optional(),
        windowEnd: IsoDateSchema.optional(),
      })
      .refine((v) => (v.groupPath ? 1 : 0) + (v.projectPaths?.length ? 1 : 0) === 1, {
        message: 'Give either a group or a list of projects',
      }),
    output: CourseSchema,
  },
  /** Course settings the instructor edits after adding it: the window, the schedule, the coverage threshold, the time zone. */
  'courses.update': {
    input: z
      .object({
        ...courseRefShape,
        windowStart: IsoDateSchema.nullable().optional(),
        windowEnd: IsoDateSchema.nullable().optional(),
        syncIntervalMinutes: z
          .number()
          .int()
          .min(5, 'Sync at most every 5 minutes')
          .max(7 * 24 * 60)
          .nullable()
          .optional(),
        coverageThreshold: z.number().min(0, 'A coverage threshold is between 0 and 100').max(100, 'A coverage threshold is between 0 and 100').optional(),
        timeZone: TimeZoneSchema.nullable().optional(),
      })
      .refine((v) => !v.windowStart || !v.windowEnd || v.windowStart <= v.windowEnd, { message: 'The course window ends before it starts' }),
    output: CourseSchema,
  },
  /**
   * Renames a course or changes where its teams come from (the GitLab, the group or the project list).
   * Where the GitLab has a connection, the group or every project is looked up there first and a
   * missing one refuses the change; `isChecked` says whether that lookup happened.
   */
  'courses.updateSource': {
    input: z
      .object({
        ...courseRefShape,
        name: CourseNameSchema.optional(),
        gitlabUrl: z.string().trim().min(1, 'GitLab URL is empty').optional(),
        groupPath: z.string().trim().min(1, 'The group path is empty').optional(),
        projectPaths: z.array(z.string().trim().min(1)).min(1, 'List at least one project').optional(),
      })
      .refine((v) => !(v.groupPath && v.projectPaths), { message: 'Give either a group or a list of projects' }),
    output: z.object({ course: CourseSchema, isChecked: z.boolean() }),
  },
  'courses.remove': {
    input: CourseRefSchema.refine((v) => v.courseId !== undefined || v.course !== undefined, { message: 'Name the course to remove' }),
    output: z.object({ removed: z.string() }),
  },
  'courses.createDemo': { input: z.object({}), output: CourseSchema },
  /**
   * Deletes every course with all it synced (teams, rosters, users, activity, the audit log), for the
   * end of a term; GitLab connections stay unless includeConnections, which also deletes their tokens.
   */
  'courses.forgetAll': {
    input: z.object({ includeConnections: z.boolean().optional() }),
    output: z.object({ removedCourses: z.array(z.string()), removedConnections: z.array(z.string()) }),
  },
  'courses.get': { input: CourseRefSchema, output: CourseSchema },
} as const;
