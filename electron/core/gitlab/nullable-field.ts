import { z } from 'zod';

/** A field GitLab may leave out or send as null (REST and webhooks alike); either way it is null. */
export function nullable<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v) => v ?? null);
}

/** GitLab may send null for booleans; null and missing both mean false. */
export const flag = z
  .boolean()
  .nullish()
  .transform((v) => v === true);
