import { z } from 'zod';
import { RubricSchema } from './rubric';

/**
 * The published JSON Schema of a rubric file (docs/rubric.schema.json), generated from the zod
 * schema so the two cannot drift; a unit test keeps the file equal to this. What JSON Schema cannot
 * say (unique names, sums, a threshold inside its metric's range) docs/rubric.md explains, and
 * GitPulse checks on import.
 */
export function buildRubricJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(RubricSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return {
    ...generated,
    $id: 'https://gitpulse.app/schemas/rubric.schema.json',
    title: 'GitPulse rubric',
    description: 'A grading rubric for GitPulse: criteria of automatic checks (CI/CD practices, metrics) or manual points. See rubric.md.',
  };
}

export function formatRubricJsonSchema(): string {
  return `${JSON.stringify(buildRubricJsonSchema(), null, 2)}\n`;
}
