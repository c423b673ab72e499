import { z } from 'zod';

/** The part of the Web Storage API drafts need; the app passes localStorage. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What was typed into one form, field by field, and when. */
export interface GradeDraft {
  fields: Record<string, string>;
  at: string;
}

const DraftsSchema = z.record(z.string(), z.object({ fields: z.record(z.string(), z.string()), at: z.string() }));

/** One draft per form: a manual score of a team's criterion, an override, a student's adjustment. */
export type DraftKey = `manual:${number}:${string}` | `override:${number}:${string}` | `adjustment:${number}:${number}`;

/** One set of drafts per grading scope: the whole course keeps the key it always had, an iteration gets its own. */
export function storageKeyOf(courseId: number, iteration?: string): string {
  return iteration === undefined ? `gitpulse.grade-drafts.${courseId}` : `gitpulse.grade-drafts.${courseId}.iteration.${encodeURIComponent(iteration)}`;
}

/**
 * What is being typed into the grading view, kept in the window's localStorage until the core has
 * it. Every field is saved through the API on Enter and on leaving it, so a draft only outlives the
 * app if it closed (or the core refused) in between; localStorage, unlike sessionStorage, survives
 * closing the window. Unreadable storage (quota, a hand-edited value) loses the drafts, never the grades.
 */
export function createGradeDrafts(storage: DraftStorage, courseId: number, iteration?: string) {
  const storageKey = storageKeyOf(courseId, iteration);

  function readAll(): Record<string, GradeDraft> {
    try {
      const raw = storage.getItem(storageKey);
      const parsed = raw === null ? undefined : DraftsSchema.safeParse(JSON.parse(raw));
      return parsed?.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  function writeAll(drafts: Record<string, GradeDraft>): void {
    try {
      if (Object.keys(drafts).length === 0) storage.removeItem(storageKey);
      else storage.setItem(storageKey, JSON.stringify(drafts));
    } catch {
      // A full or disabled storage only costs the safety net; the API save still happens.
    }
  }

  return {
    list: (): Record<string, GradeDraft> => readAll(),
    get: (key: DraftKey): GradeDraft | undefined => readAll()[key],
    put(key: DraftKey, fields: Record<string, string>, now: Date = new Date()): void {
      writeAll({ ...readAll(), [key]: { fields, at: now.toISOString() } });
    },
    remove(key: DraftKey): void {
      const drafts = readAll();
      if (!(key in drafts)) return;
      const { [key]: _removed, ...rest } = drafts;
      writeAll(rest);
    },
  };
}

export type GradeDrafts = ReturnType<typeof createGradeDrafts>;

/** Reads a manual-score key back into its team and criterion (criterion names may contain colons). */
export function parseManualKey(key: string): { projectId: number; criterion: string } | undefined {
  const match = /^manual:(\d+):(.+)$/s.exec(key);
  return match?.[1] && match[2] ? { projectId: Number(match[1]), criterion: match[2] } : undefined;
}
