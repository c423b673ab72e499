import { z } from 'zod';
import { RubricSchema, type Rubric } from '../../../shared/grading/rubric';
import type { DraftStorage } from '../grading/grade-drafts';

/** An unsaved rubric as the editor last held it, the version it was edited from, and when. */
export interface RubricDraft {
  rubric: Rubric;
  basedOnVersion: number;
  at: string;
}

const StoredDraftSchema = z.object({ rubric: z.unknown(), basedOnVersion: z.number().int(), at: z.string() });

/*
 * Problems the editor itself lets a draft have while it is being typed: a number out of range or
 * emptied, an empty or duplicate name, no criteria or checks. Anything else (a missing field, an
 * unknown kind) means the stored value is not a draft this editor wrote, and it is dropped.
 */
const editableIssueCodes: ReadonlySet<string> = new Set(['too_small', 'too_big', 'custom']);

function isEditableIssue(issue: z.core.$ZodIssue): boolean {
  return editableIssueCodes.has(issue.code) || (issue.code === 'invalid_type' && issue.expected === 'number');
}

/** JSON has no NaN, which an emptied number field holds, and a rubric has no nulls: each stands for the other. */
function writeJson(draft: RubricDraft): string {
  return JSON.stringify(draft, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value));
}

function readJson(raw: string): unknown {
  return JSON.parse(raw, (_key, value: unknown) => (value === null ? Number.NaN : value));
}

function readRubric(value: unknown): Rubric | undefined {
  const parsed = RubricSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // The value keeps the editor's shape and only holds what the editor marks at its fields, so it is that draft.
  return parsed.error.issues.every(isEditableIssue) ? (value as Rubric) : undefined;
}

/** The localStorage key of one grading scope's draft: the whole course, or one of its iterations. */
export function rubricDraftKeyOf(courseId: number, iteration?: string): string {
  return iteration === undefined ? `gitpulse.rubric-draft.${courseId}` : `gitpulse.rubric-draft.${courseId}.iteration.${encodeURIComponent(iteration)}`;
}

/**
 * The rubric editor's unsaved draft, kept in the window's localStorage as grade drafts are
 * (grading/grade-drafts.ts), so closing the app mid-edit loses nothing. Unreadable storage loses the
 * draft, never the saved rubric; a full storage only costs the safety net.
 */
export function createRubricDrafts(storage: DraftStorage, courseId: number, iteration?: string) {
  const storageKey = rubricDraftKeyOf(courseId, iteration);
  return {
    read(): RubricDraft | undefined {
      try {
        const raw = storage.getItem(storageKey);
        const stored = raw === null ? undefined : StoredDraftSchema.safeParse(readJson(raw));
        if (!stored?.success) return undefined;
        const rubric = readRubric(stored.data.rubric);
        return rubric && { rubric, basedOnVersion: stored.data.basedOnVersion, at: stored.data.at };
      } catch {
        return undefined;
      }
    },
    write(rubric: Rubric, basedOnVersion: number, now: Date = new Date()): void {
      try {
        storage.setItem(storageKey, writeJson({ rubric, basedOnVersion, at: now.toISOString() }));
      } catch {
        // The editor keeps the draft in memory; only the copy that outlives the window is lost.
      }
    },
    clear(): void {
      try {
        storage.removeItem(storageKey);
      } catch {
        // Nothing to do: a storage that cannot remove cannot have stored either.
      }
    },
  };
}

export type RubricDrafts = ReturnType<typeof createRubricDrafts>;
