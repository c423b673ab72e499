import type { gradingApi } from '../../../shared/api/grading-api';
import { parseRubricJson } from '../../../shared/grading/describe-rubric-problems';
import { computeCourseTotal } from '../grading/compute-course-total';
import { builtinRubricVersion, readRubricVersion, readScopeRubric } from '../grading/course-rubric';
import { freezeGrades, readFreezeState, unfreezeGrades } from '../grading/freeze-grades';
import { clearAdjustment, clearOverride, setAdjustment, setManualScore, setOverride } from '../grading/grade-edits';
import { resolveGradingScope, type GradingScope } from '../grading/grading-scope';
import { loadScopeGrades } from '../grading/load-course-grades';
import { applyTemplate, exportRubric, importRubric, listTemplates, saveRubric, saveTemplate } from '../grading/rubric-edits';
import { suggestCourseFactors } from '../grading/suggest-course-factors';
import type { Store } from '../store/create-store';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

/** The course a call names, and the iteration within it when it names one. */
function resolveScope(store: Store, input: { courseId?: number | undefined; course?: string | undefined; iteration?: string | undefined }): GradingScope {
  return resolveGradingScope(store, resolveCourse(store, input), input.iteration);
}

export const gradingHandlers: HandlerMap<typeof gradingApi> = {
  'rubric.get': (input, { store }) => readScopeRubric(store, resolveScope(store, input)),
  'rubric.save': (input, { store }) => saveRubric(store, resolveScope(store, input), input.rubric, input.reason),
  'rubric.versions': (input, { store }) => {
    const scope = resolveScope(store, input);
    const saved = store.rubrics.listRubricVersions(scope.course.id, scope.key).map((v) => ({
      version: v.version,
      savedAt: v.savedAt,
      isBuiltIn: false,
      name: readRubricVersion(store, scope, v.version).rubric.name,
    }));
    return [...saved, { version: 0, savedAt: null, isBuiltIn: true, name: builtinRubricVersion.rubric.name }];
  },
  'rubric.version': (input, { store }) => readRubricVersion(store, resolveScope(store, input), input.version),
  'rubric.import': (input, { store }) => importRubric(store, resolveScope(store, input), input.json, input.reason),
  'rubric.export': (input, { store }) => {
    const scope = resolveScope(store, input);
    return exportRubric(input.version === undefined ? readScopeRubric(store, scope) : readRubricVersion(store, scope, input.version));
  },
  'rubric.validate': (input) => {
    const parsed = parseRubricJson(input.json);
    return { problem: parsed.ok ? null : parsed.problem };
  },
  'rubric.templates.list': (_input, { store }) => listTemplates(store),
  'rubric.templates.save': (input, { store }) => saveTemplate(store, input.name, input.rubric),
  'rubric.templates.remove': (input, { store }) => ({ removed: store.transaction(() => store.rubrics.removeTemplate(input.id)) }),
  'rubric.templates.apply': (input, { store }) => applyTemplate(store, resolveScope(store, input), input.templateId, input.reason),

  'grades.course': (input, { store }) => loadScopeGrades(store, resolveScope(store, input), input.asOf),
  'grades.setManualScore': (input, { store }) => {
    setManualScore(store, resolveScope(store, input), input);
    return {};
  },
  'grades.setOverride': (input, { store }) => {
    setOverride(store, resolveScope(store, input), input);
    return {};
  },
  'grades.clearOverride': (input, { store }) => ({ removed: clearOverride(store, resolveScope(store, input), input) }),
  'grades.setAdjustment': (input, { store }) => {
    setAdjustment(store, resolveScope(store, input), input);
    return {};
  },
  'grades.clearAdjustment': (input, { store }) => ({ removed: clearAdjustment(store, resolveScope(store, input), input) }),
  'grades.suggestedFactors': (input, { store }) => suggestCourseFactors(store, resolveScope(store, input), input.asOf),
  'grades.freeze': (input, { store }) => freezeGrades(store, resolveScope(store, input), input),
  'grades.unfreeze': (input, { store }) => unfreezeGrades(store, resolveScope(store, input), input),
  'grades.freezeState': (input, { store }) => readFreezeState(store, resolveScope(store, input)),
  'grades.audit': (input, { store }) => {
    const scope = resolveScope(store, input);
    return store.grades.listGradeAudit(scope.course.id, scope.key, input.projectId ?? null, input.limit);
  },
  'grades.courseTotal': (input, { store }) => computeCourseTotal(store, resolveCourse(store, input)),
};
