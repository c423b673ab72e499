import type { gradingApi } from '../../../shared/api/grading-api';
import { parseRubricJson } from '../../../shared/grading/describe-rubric-problems';
import { builtinRubricVersion, readCourseRubric, readRubricVersion } from '../grading/course-rubric';
import { freezeGrades, readFreezeState, unfreezeGrades } from '../grading/freeze-grades';
import { clearAdjustment, clearOverride, setAdjustment, setManualScore, setOverride } from '../grading/grade-edits';
import { loadCourseGrades } from '../grading/load-course-grades';
import { applyTemplate, exportRubric, importRubric, listTemplates, saveRubric, saveTemplate } from '../grading/rubric-edits';
import { suggestCourseFactors } from '../grading/suggest-course-factors';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

export const gradingHandlers: HandlerMap<typeof gradingApi> = {
  'rubric.get': (input, { store }) => readCourseRubric(store, resolveCourse(store, input).id),
  'rubric.save': (input, { store }) => saveRubric(store, resolveCourse(store, input), input.rubric, input.reason),
  'rubric.versions': (input, { store }) => {
    const course = resolveCourse(store, input);
    const saved = store.rubrics
      .listRubricVersions(course.id)
      .map((v) => ({ version: v.version, savedAt: v.savedAt, isBuiltIn: false, name: readRubricVersion(store, course.id, v.version).rubric.name }));
    return [...saved, { version: 0, savedAt: null, isBuiltIn: true, name: builtinRubricVersion.rubric.name }];
  },
  'rubric.version': (input, { store }) => readRubricVersion(store, resolveCourse(store, input).id, input.version),
  'rubric.import': (input, { store }) => importRubric(store, resolveCourse(store, input), input.json, input.reason),
  'rubric.export': (input, { store }) => {
    const course = resolveCourse(store, input);
    return exportRubric(input.version === undefined ? readCourseRubric(store, course.id) : readRubricVersion(store, course.id, input.version));
  },
  'rubric.validate': (input) => {
    const parsed = parseRubricJson(input.json);
    return { problem: parsed.ok ? null : parsed.problem };
  },
  'rubric.templates.list': (_input, { store }) => listTemplates(store),
  'rubric.templates.save': (input, { store }) => saveTemplate(store, input.name, input.rubric),
  'rubric.templates.remove': (input, { store }) => ({ removed: store.transaction(() => store.rubrics.removeTemplate(input.id)) }),
  'rubric.templates.apply': (input, { store }) => applyTemplate(store, resolveCourse(store, input), input.templateId, input.reason),

  'grades.course': (input, { store }) => loadCourseGrades(store, resolveCourse(store, input), { asOf: input.asOf }),
  'grades.setManualScore': (input, { store }) => {
    setManualScore(store, resolveCourse(store, input), input);
    return {};
  },
  'grades.setOverride': (input, { store }) => {
    setOverride(store, resolveCourse(store, input), input);
    return {};
  },
  'grades.clearOverride': (input, { store }) => ({ removed: clearOverride(store, resolveCourse(store, input), input) }),
  'grades.setAdjustment': (input, { store }) => {
    setAdjustment(store, resolveCourse(store, input), input);
    return {};
  },
  'grades.clearAdjustment': (input, { store }) => ({ removed: clearAdjustment(store, resolveCourse(store, input), input) }),
  'grades.suggestedFactors': (input, { store }) => suggestCourseFactors(store, resolveCourse(store, input), input.asOf),
  'grades.freeze': (input, { store }) => freezeGrades(store, resolveCourse(store, input), input),
  'grades.unfreeze': (input, { store }) => unfreezeGrades(store, resolveCourse(store, input), input),
  'grades.freezeState': (input, { store }) => readFreezeState(store, resolveCourse(store, input)),
  'grades.audit': (input, { store }) => store.grades.listGradeAudit(resolveCourse(store, input).id, input.projectId ?? null, input.limit),
};
