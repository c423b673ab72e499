import type { gradingApi } from '../../../shared/api/grading-api';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';

function notYet(): never {
  throw new ApiFailure('internal', 'Grading is being built on this branch; this method has no handler yet.');
}

export const gradingHandlers: HandlerMap<typeof gradingApi> = {
  'rubric.get': notYet,
  'rubric.save': notYet,
  'rubric.versions': notYet,
  'rubric.version': notYet,
  'rubric.import': notYet,
  'rubric.export': notYet,
  'rubric.validate': notYet,
  'rubric.templates.list': notYet,
  'rubric.templates.save': notYet,
  'rubric.templates.remove': notYet,
  'rubric.templates.apply': notYet,
  'grades.course': notYet,
  'grades.setManualScore': notYet,
  'grades.setOverride': notYet,
  'grades.clearOverride': notYet,
  'grades.setAdjustment': notYet,
  'grades.clearAdjustment': notYet,
  'grades.suggestedFactors': notYet,
  'grades.freeze': notYet,
  'grades.unfreeze': notYet,
  'grades.freezeState': notYet,
  'grades.audit': notYet,
};
