import { create } from 'zustand';
import type { ApiTransport } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import type { RubricTemplate, RubricVersion, RubricVersionSummary } from '../../../shared/domain/grading';
import { RubricSchema, type Rubric } from '../../../shared/grading/rubric';
import { api } from '../../api-client';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { selectOpenCourse, useRouteStore } from '../../app/route-store';
import type { LoadStatus } from '../courses/courses-store';
import type { DraftStorage } from '../grading/grade-drafts';
import { scopeInput } from '../grading/grading-scope-store';
import { createRubricDrafts } from './rubric-drafts';
import { recordEdit, redoEdit, startHistory, undoEdit, type History } from './rubric-history';

export interface RubricState {
  courseId: number | undefined;
  /** The iteration whose rubric this is, by name; undefined for the whole course's. */
  iteration: string | undefined;
  status: LoadStatus;
  /** The version in force, as the core last answered. */
  saved: RubricVersion | undefined;
  versions: readonly RubricVersionSummary[];
  templates: readonly RubricTemplate[];
  /** The editor's draft with its undo history; `present` is the saved rubric until the first edit. */
  history: History<Rubric> | undefined;
  /** An earlier version opened read-only, or undefined while editing. */
  viewing: RubricVersion | undefined;
  /** Why the draft was last replaced (an import, a template), offered as the save reason. */
  suggestedReason: string;
  loadError: ApiError | undefined;
  /** The last action's refusal (save, import, export, template), shown above the editor. */
  actionError: { title: string; error: ApiError } | undefined;
  isSaving: boolean;
  /** Set while the draft the screen opened with is one kept from an earlier session, not yet kept or discarded. */
  restoredDraft: { at: string; basedOnVersion: number } | undefined;

  load(courseId: number, iteration?: string): Promise<void>;
  /** Re-reads the course's rubric; a draft with unsaved changes is kept as it is. */
  refresh(): Promise<void>;
  edit(next: Rubric, key?: string): void;
  undo(): void;
  redo(): void;
  /** Discards the draft, a restored one included, and its stored copy. */
  discard(): void;
  /** Keeps editing a restored draft: the banner goes, the draft stays (and stays stored until saved). */
  keepRestoredDraft(): void;
  save(reason: string): Promise<boolean>;
  /** Puts a rubric file's text in the draft once the core has checked it; a refused file changes nothing. */
  importText(filename: string, json: string): Promise<boolean>;
  exportSaved(version?: number): Promise<{ filename: string; json: string } | undefined>;
  applyTemplate(template: RubricTemplate): void;
  saveTemplate(name: string): Promise<boolean>;
  viewVersion(version: number): Promise<void>;
  closeVersion(): void;
  dismissActionError(): void;
}

/** The file's JSON, or undefined; a byte-order mark (Windows editors write one) is not part of it. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** Unsaved when the draft is not the very snapshot the core answered (undoing back to it counts as clean). */
export function isDraftDirty(state: Pick<RubricState, 'saved' | 'history'>): boolean {
  return state.history !== undefined && state.saved !== undefined && state.history.present !== state.saved.rubric;
}

/** A stored draft is offered back only when it says something the saved rubric does not. */
function isSameRubric(a: Rubric, b: Rubric): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A store over the given transport; the app uses the one below, renderer unit tests make their own.
 * It holds one course and scope at a time; loading another starts from nothing. Every edit also goes to
 * the storage `storage()` returns (the window's localStorage in the app), so an unsaved draft
 * survives the window closing; it is asked for lazily because Node-side tests have no window.
 */
export function createRubricStore(api: ApiTransport, storage: () => DraftStorage | undefined = () => undefined) {
  let latestLoad = 0;
  return create<RubricState>()((set, get) => {
    function fail(title: string, error: ApiError): void {
      set({ actionError: { title, error } });
    }

    function draftsOf(courseId: number | undefined, iteration: string | undefined) {
      const store = storage();
      return store && courseId !== undefined ? createRubricDrafts(store, courseId, iteration) : undefined;
    }

    /** The scope as every call takes it; undefined before a course is loaded. */
    function scope(): { courseId: number; iteration?: string } | undefined {
      const { courseId, iteration } = get();
      return courseId === undefined ? undefined : { courseId, ...scopeInput(iteration) };
    }

    /** Sets the editor's history and mirrors it to storage: a dirty draft is written, a clean one removed. */
    function setHistory(history: History<Rubric>): void {
      set({ history });
      const state = get();
      const drafts = draftsOf(state.courseId, state.iteration);
      if (!drafts || !state.saved) return;
      if (isDraftDirty(state)) drafts.write(history.present, state.saved.version);
      else {
        drafts.clear();
        set({ restoredDraft: undefined });
      }
    }

    /** The history a course opens with: its saved rubric, then, as one undoable step, a draft left from an earlier session. */
    function openHistory(courseId: number, iteration: string | undefined, saved: RubricVersion): Pick<RubricState, 'history' | 'restoredDraft'> {
      const drafts = draftsOf(courseId, iteration);
      const draft = drafts?.read();
      const start = startHistory(saved.rubric);
      if (!draft) return { history: start, restoredDraft: undefined };
      if (isSameRubric(draft.rubric, saved.rubric)) {
        drafts?.clear();
        return { history: start, restoredDraft: undefined };
      }
      return { history: recordEdit(start, draft.rubric), restoredDraft: { at: draft.at, basedOnVersion: draft.basedOnVersion } };
    }

    async function fetchAll(courseId: number, iteration: string | undefined, keepDraft: boolean): Promise<void> {
      const request = ++latestLoad;
      const asked = { courseId, ...scopeInput(iteration) };
      const [rubric, versions, templates] = await Promise.all([
        api.call('rubric.get', asked),
        api.call('rubric.versions', asked),
        api.call('rubric.templates.list', {}),
      ]);
      if (request !== latestLoad || get().courseId !== courseId || get().iteration !== iteration) return;
      const failed = [rubric, versions, templates].find((result) => !result.ok);
      if (!rubric.ok || !versions.ok || !templates.ok) {
        set({ status: get().status === 'ready' ? 'ready' : 'error', loadError: failed && !failed.ok ? failed.error : undefined });
        return;
      }
      const state = get();
      const opened =
        keepDraft && state.history && isDraftDirty(state)
          ? { history: state.history }
          : keepDraft && !state.history
            ? openHistory(courseId, iteration, rubric.value)
            : { history: startHistory(rubric.value.rubric), restoredDraft: undefined };
      set({ status: 'ready', saved: rubric.value, versions: versions.value, templates: templates.value, ...opened, loadError: undefined });
    }

    return {
      courseId: undefined,
      iteration: undefined,
      status: 'idle',
      saved: undefined,
      versions: [],
      templates: [],
      history: undefined,
      viewing: undefined,
      suggestedReason: '',
      loadError: undefined,
      actionError: undefined,
      isSaving: false,
      restoredDraft: undefined,

      async load(courseId, iteration) {
        if (get().courseId !== courseId || get().iteration !== iteration) {
          set({
            courseId,
            iteration,
            status: 'loading',
            saved: undefined,
            history: undefined,
            viewing: undefined,
            actionError: undefined,
            suggestedReason: '',
            restoredDraft: undefined,
          });
        }
        await fetchAll(courseId, iteration, true);
      },

      async refresh() {
        const { courseId, iteration, status } = get();
        if (courseId !== undefined && status !== 'idle') await fetchAll(courseId, iteration, true);
      },

      edit(next, key) {
        const { history } = get();
        if (history) setHistory(recordEdit(history, next, key));
      },
      undo() {
        const { history } = get();
        if (history) setHistory(undoEdit(history));
      },
      redo() {
        const { history } = get();
        if (history) setHistory(redoEdit(history));
      },
      discard() {
        const { saved } = get();
        if (!saved) return;
        set({ suggestedReason: '' });
        setHistory(startHistory(saved.rubric));
      },
      keepRestoredDraft: () => set({ restoredDraft: undefined }),

      async save(reason) {
        const { history, iteration } = get();
        const asked = scope();
        if (asked === undefined || !history) return false;
        set({ isSaving: true, actionError: undefined });
        const trimmed = reason.trim();
        const result = await api.call('rubric.save', { ...asked, rubric: history.present, ...(trimmed && { reason: trimmed }) });
        set({ isSaving: false });
        if (!result.ok) {
          fail('Could not save the rubric', result.error);
          return false;
        }
        set({ saved: result.value, suggestedReason: '' });
        setHistory(startHistory(result.value.rubric));
        await fetchAll(asked.courseId, iteration, false);
        return true;
      },

      async importText(filename, json) {
        set({ actionError: undefined });
        const checked = await api.call('rubric.validate', { json });
        if (!checked.ok) {
          fail(`Could not import ${filename}`, checked.error);
          return false;
        }
        if (checked.value.problem !== null) {
          fail(`${filename} was not imported`, { code: 'invalid_input', message: checked.value.problem });
          return false;
        }
        // The core found no problem; parsing here only turns the text into the typed draft.
        const parsed = RubricSchema.safeParse(parseJson(json));
        if (!parsed.success) {
          fail(`${filename} was not imported`, { code: 'invalid_input', message: parsed.error.issues[0]?.message ?? 'not a rubric' });
          return false;
        }
        get().edit(parsed.data);
        set({ suggestedReason: `Imported ${filename}` });
        return true;
      },

      async exportSaved(version) {
        const asked = scope();
        if (asked === undefined) return undefined;
        const result = await api.call('rubric.export', { ...asked, ...(version !== undefined && { version }) });
        if (result.ok) return result.value;
        fail('Could not export the rubric', result.error);
        return undefined;
      },

      applyTemplate(template) {
        get().edit(template.rubric);
        set({ suggestedReason: `Applied the template ${template.name}` });
      },

      async saveTemplate(name) {
        const { history } = get();
        if (!history) return false;
        set({ actionError: undefined });
        const result = await api.call('rubric.templates.save', { name, rubric: history.present });
        if (!result.ok) {
          fail('Could not save the template', result.error);
          return false;
        }
        const templates = await api.call('rubric.templates.list', {});
        if (templates.ok) set({ templates: templates.value });
        return true;
      },

      async viewVersion(version) {
        const asked = scope();
        if (asked === undefined) return;
        const result = await api.call('rubric.version', { ...asked, version });
        if (result.ok) set({ viewing: result.value });
        else fail(`Could not open version ${version}`, result.error);
      },
      closeVersion: () => set({ viewing: undefined }),
      dismissActionError: () => set({ actionError: undefined }),
    };
  });
}

export const useRubricStore = createRubricStore(api, () => window.localStorage);

/** The open course's rubric: it changes when a rubric is saved, here or from the CLI. */
export const rubricChanges: ChangeDependency = {
  dependsOn: ['rubric_versions', 'rubric_templates'],
  refresh: async () => {
    if (selectOpenCourse(useRouteStore.getState()) !== undefined) await useRubricStore.getState().refresh();
  },
};
