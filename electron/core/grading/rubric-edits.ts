import type { RubricTemplate, RubricVersion } from '../../../shared/domain/grading';
import { builtinRubric } from '../../../shared/grading/builtin-rubric';
import { formatRubricJson, parseRubricJson } from '../../../shared/grading/describe-rubric-problems';
import type { Rubric } from '../../../shared/grading/rubric';
import { computeRubricMaxPoints } from '../../../shared/grading/score-rubric';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import type { StoredRubricTemplate } from '../store/rubrics-repo';
import { parseStoredRubric, readScopeRubric } from './course-rubric';
import type { GradingScope } from './grading-scope';

function describeVersion(version: RubricVersion): string {
  const which = `${version.inheritedFromCourse ? "the course's " : ''}version ${version.version}`;
  return `${which} "${version.rubric.name}" (${version.rubric.criteria.length} criteria, max ${computeRubricMaxPoints(version.rubric)})`;
}

/**
 * Saves a new version of the scope's rubric with its audit entry, in one transaction (an
 * iteration's first save is its version 1). Grades follow at once, being computed from the newest
 * version when read; a frozen sheet stays as it is.
 */
export function saveRubric(store: Store, scope: GradingScope, rubric: Rubric, reason: string | undefined, nowMs = Date.now()): RubricVersion {
  const courseId = scope.course.id;
  return store.transaction(() => {
    const previous = readScopeRubric(store, scope);
    const at = new Date(nowMs).toISOString();
    const stored = store.rubrics.insertRubricVersion(courseId, scope.key, JSON.stringify(rubric), at);
    const saved: RubricVersion = { version: stored.version, savedAt: stored.savedAt, isBuiltIn: false, inheritedFromCourse: false, rubric };
    store.grades.recordGradeChange(courseId, scope.key, {
      at,
      kind: 'rubric',
      projectId: null,
      subject: 'rubric',
      oldValue: describeVersion(previous),
      newValue: describeVersion(saved),
      reason: reason ?? null,
    });
    return saved;
  });
}

/** A rubric file's text: refused whole, naming its first problem and place, or saved as a new version. */
export function importRubric(store: Store, scope: GradingScope, json: string, reason: string | undefined, nowMs = Date.now()): RubricVersion {
  const parsed = parseRubricJson(json);
  if (!parsed.ok) throw new ApiFailure('invalid_input', parsed.problem);
  return saveRubric(store, scope, parsed.rubric, reason, nowMs);
}

/** A file name from the rubric's name: letters, digits and dashes only, since the name is anyone's text. */
export function exportRubric(version: RubricVersion): { filename: string; json: string } {
  const slug = version.rubric.name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return { filename: `${slug || 'rubric'}.rubric.json`, json: formatRubricJson(version.rubric) };
}

function toTemplate(stored: StoredRubricTemplate): RubricTemplate {
  return {
    id: stored.id,
    name: stored.name,
    isBuiltIn: false,
    savedAt: stored.savedAt,
    rubric: parseStoredRubric(stored.rubricJson, `template "${stored.name}"`),
  };
}

export const builtinTemplate: RubricTemplate = { id: null, name: builtinRubric.name, isBuiltIn: true, savedAt: null, rubric: builtinRubric };

export function listTemplates(store: Store): RubricTemplate[] {
  return [builtinTemplate, ...store.rubrics.listTemplates().map(toTemplate)];
}

export function saveTemplate(store: Store, name: string, rubric: Rubric, nowMs = Date.now()): RubricTemplate {
  if (name.trim() === '') throw new ApiFailure('invalid_input', 'name: must not be empty');
  if (name.trim().toLowerCase() === builtinRubric.name.toLowerCase())
    throw new ApiFailure('conflict', `"${builtinRubric.name}" is the built-in template; choose another name.`);
  return toTemplate(store.transaction(() => store.rubrics.saveTemplate(name.trim(), JSON.stringify(rubric), new Date(nowMs).toISOString())));
}

export function applyTemplate(store: Store, scope: GradingScope, templateId: number | null, reason: string | undefined, nowMs = Date.now()): RubricVersion {
  const template = templateId === null ? builtinTemplate : store.rubrics.findTemplate(templateId);
  if (!template) throw new ApiFailure('not_found', `There is no rubric template ${templateId}.`);
  const rubric = 'rubricJson' in template ? toTemplate(template).rubric : template.rubric;
  return saveRubric(store, scope, rubric, reason ?? `from template "${template.name}"`, nowMs);
}
