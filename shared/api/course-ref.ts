import { z } from 'zod';

/**
 * Which course a call is about. The app names courses by id, which survives a rename; `course` is
 * the name a person typed (the CLI, the contract's edges), matched case-insensitively and resolved to
 * an id once, where the call arrives. Neither means the only course there is.
 */
export const courseRefShape = {
  courseId: z.number().int().positive().optional(),
  // No course name is longer than 80 characters; a longer one is refused before it is echoed anywhere.
  course: z.string().max(80, 'Course name is longer than 80 characters').optional(),
};

export const CourseRefSchema = z.object(courseRefShape);
export type CourseRef = z.infer<typeof CourseRefSchema>;
