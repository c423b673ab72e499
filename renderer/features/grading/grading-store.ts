import { create } from 'zustand';
import type { ApiTransport } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/result';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import type { GradeAuditEntry, GradeFreeze, StudentAdjustment, TeamSuggestedFactors } from '../../../shared/domain/grading';
import type { TeamFlag } from '../../../shared/domain/student-metrics';
import type { Rubric } from '../../../shared/grading/rubric';
import { api } from '../../api-client';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { selectOpenCourse, useRouteStore } from '../../app/route-store';
import type { LoadStatus } from '../courses/courses-store';
import { scopeInput } from './grading-scope-store';

export interface TeamAudit {
  status: LoadStatus;
  entries: readonly GradeAuditEntry[];
  error: ApiError | undefined;
}

export interface GradingState {
  courseId: number | undefined;
  /** The iteration graded, by name; undefined for the whole course. Each scope has its own grades and freeze. */
  iteration: string | undefined;
  /** The deadline grades are computed as of (ISO 8601), or undefined for the end of the course window. */
  asOf: string | undefined;
  status: LoadStatus;
  grades: CourseGrades | undefined;
  freeze: GradeFreeze | undefined;
  /** The rubric version the grades were computed with: the raw maximum and weight of each manual criterion. */
  rubric: Rubric | undefined;
  /** How each suggested factor was reached, by team and student, for the tooltip beside it. */
  factorBasis: Readonly<Record<number, Readonly<Record<number, string>>>>;
  /** The metrics' flags (low share, no activity…) by team, as of the same instant. */
  flags: Readonly<Record<number, readonly TeamFlag[]>>;
  loadError: ApiError | undefined;
  audit: Readonly<Record<number, TeamAudit>>;

  load(courseId: number, iteration?: string): Promise<void>;
  refresh(): Promise<void>;
  setAsOf(asOf: string | undefined): Promise<void>;
  /** Each write answers with the core's refusal, or undefined; the grades are re-read after it either way. */
  setManualScore(projectId: number, criterion: string, points: number | null, comment: string): Promise<ApiError | undefined>;
  setOverride(projectId: number, criterion: string, points: number, reason: string): Promise<ApiError | undefined>;
  clearOverride(projectId: number, criterion: string, reason: string): Promise<ApiError | undefined>;
  setAdjustment(projectId: number, userId: number, adjustment: StudentAdjustment, reason: string): Promise<ApiError | undefined>;
  clearAdjustment(projectId: number, userId: number, reason: string): Promise<ApiError | undefined>;
  freezeGrades(reason: string): Promise<ApiError | undefined>;
  unfreezeGrades(reason: string): Promise<ApiError | undefined>;
  loadAudit(projectId: number): Promise<void>;
}

function indexBasis(teams: readonly TeamSuggestedFactors[]): Record<number, Record<number, string>> {
  return Object.fromEntries(teams.map((team) => [team.projectId, Object.fromEntries(team.students.map((s) => [s.userId, s.basis]))]));
}

function optionalReason(reason: string): { reason?: string } {
  const trimmed = reason.trim();
  return trimmed ? { reason: trimmed } : {};
}

/**
 * A store over the given transport; the app uses the one below, renderer unit tests make their own.
 * One course and scope at a time: loading another one starts from nothing.
 */
export function createGradingStore(api: ApiTransport) {
  let latestLoad = 0;
  return create<GradingState>()((set, get) => {
    async function fetchGrades(): Promise<void> {
      const { courseId, iteration, asOf } = get();
      if (courseId === undefined) return;
      const request = ++latestLoad;
      const scope = { courseId, ...scopeInput(iteration) };
      const at = asOf === undefined ? {} : { asOf };
      // The flags count in the same stretch of time as the grades: the iteration's window, up to the deadline.
      const window = iteration === undefined ? {} : { window: { kind: 'iteration' as const, name: iteration } };
      const [grades, freeze, factors, metrics] = await Promise.all([
        api.call('grades.course', { ...scope, ...at }),
        api.call('grades.freezeState', scope),
        api.call('grades.suggestedFactors', { ...scope, ...at }),
        api.call('metrics.course', { courseId, ...window, ...(asOf !== undefined && { to: asOf }) }),
      ]);
      if (request !== latestLoad) return;
      const rubric = grades.ok ? await api.call('rubric.version', { ...scope, version: grades.value.rubric.version }) : undefined;
      if (request !== latestLoad) return;
      if (!grades.ok) {
        set({ status: get().grades ? 'ready' : 'error', loadError: grades.error });
        return;
      }
      set({
        status: 'ready',
        grades: grades.value,
        rubric: rubric?.ok ? rubric.value.rubric : get().rubric,
        loadError: undefined,
        freeze: freeze.ok ? freeze.value : get().freeze,
        // Factors and flags only annotate the matrix: without them it still grades.
        factorBasis: factors.ok ? indexBasis(factors.value) : get().factorBasis,
        flags: metrics.ok ? Object.fromEntries(metrics.value.teams.map((t) => [t.projectId, t.flags])) : get().flags,
      });
    }

    async function write(result: Promise<ApiResult<unknown>>, projectId: number | undefined): Promise<ApiError | undefined> {
      const answer = await result;
      await fetchGrades();
      if (projectId !== undefined && get().audit[projectId]) await get().loadAudit(projectId);
      return answer.ok ? undefined : answer.error;
    }

    function scope(): { courseId: number; iteration?: string } {
      const { courseId, iteration } = get();
      if (courseId === undefined) throw new Error('The grading store has no course loaded.');
      return { courseId, ...scopeInput(iteration) };
    }

    return {
      courseId: undefined,
      iteration: undefined,
      asOf: undefined,
      status: 'idle',
      grades: undefined,
      freeze: undefined,
      rubric: undefined,
      factorBasis: {},
      flags: {},
      loadError: undefined,
      audit: {},

      async load(courseId, iteration) {
        if (get().courseId !== courseId || get().iteration !== iteration) {
          set({
            courseId,
            iteration,
            asOf: undefined,
            status: 'loading',
            grades: undefined,
            freeze: undefined,
            rubric: undefined,
            factorBasis: {},
            flags: {},
            audit: {},
            loadError: undefined,
          });
        }
        await fetchGrades();
      },
      async refresh() {
        if (get().status !== 'idle') await fetchGrades();
      },
      async setAsOf(asOf) {
        set({ asOf });
        await fetchGrades();
      },

      setManualScore: (projectId, criterion, points, comment) =>
        write(api.call('grades.setManualScore', { ...scope(), projectId, criterion, points, comment }), projectId),
      setOverride: (projectId, criterion, points, reason) =>
        write(api.call('grades.setOverride', { ...scope(), projectId, criterion, points, reason }), projectId),
      clearOverride: (projectId, criterion, reason) =>
        write(api.call('grades.clearOverride', { ...scope(), projectId, criterion, ...optionalReason(reason) }), projectId),
      setAdjustment: (projectId, userId, adjustment, reason) =>
        write(api.call('grades.setAdjustment', { ...scope(), projectId, userId, adjustment, reason }), projectId),
      clearAdjustment: (projectId, userId, reason) =>
        write(api.call('grades.clearAdjustment', { ...scope(), projectId, userId, ...optionalReason(reason) }), projectId),
      freezeGrades(reason) {
        const { asOf } = get();
        return write(api.call('grades.freeze', { ...scope(), ...(asOf !== undefined && { asOf }), ...optionalReason(reason) }), undefined);
      },
      unfreezeGrades: (reason) => write(api.call('grades.unfreeze', { ...scope(), ...optionalReason(reason) }), undefined),

      async loadAudit(projectId) {
        const asked = scope();
        const previous = get().audit[projectId];
        if (!previous) set((s) => ({ audit: { ...s.audit, [projectId]: { status: 'loading', entries: [], error: undefined } } }));
        const result = await api.call('grades.audit', { ...asked, projectId });
        if (get().courseId !== asked.courseId || get().iteration !== asked.iteration) return;
        const entry: TeamAudit = result.ok
          ? { status: 'ready', entries: result.value, error: undefined }
          : { status: previous?.status === 'ready' ? 'ready' : 'error', entries: previous?.entries ?? [], error: result.error };
        set((s) => ({ audit: { ...s.audit, [projectId]: entry } }));
      },
    };
  });
}

export const useGradingStore = createGradingStore(api);

/**
 * The open course's grades: every figure that feeds a check, plus the roster. A frozen sheet does not
 * change on these, but refetching it is cheap and shows the same numbers.
 */
export const gradingChanges: ChangeDependency = {
  dependsOn: [
    'rubric_versions',
    'grade_manual_scores',
    'grade_overrides',
    'grade_adjustments',
    'grade_freezes',
    'grade_audit',
    'courses',
    // An iteration's days are its grading window: editing them regrades the iteration.
    'course_iterations',
    'course_teams',
    'projects',
    'pipelines',
    'jobs',
    'ci_configs',
    'members',
    'users',
    'commits',
    'merge_requests',
    'notes',
    'identity_aliases',
    'exclusions',
  ],
  refresh: async () => {
    if (selectOpenCourse(useRouteStore.getState()) !== undefined) await useGradingStore.getState().refresh();
  },
};
