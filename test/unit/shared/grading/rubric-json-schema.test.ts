import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRubricJsonSchema } from '../../../../shared/grading/rubric-json-schema';

const schemaFile = new URL('../../../../docs/rubric.schema.json', import.meta.url);

describe('the published rubric JSON Schema', () => {
  it('is the one generated from the zod schema', () => {
    const generated = formatRubricJsonSchema();
    // Regenerate after a schema change with UPDATE_RUBRIC_SCHEMA=1 npx vitest run <this file>, then
    // npx prettier --write docs/rubric.schema.json (the file is compared as JSON, so its layout is Prettier's).
    if (process.env.UPDATE_RUBRIC_SCHEMA === '1') writeFileSync(schemaFile, generated);
    expect(JSON.parse(readFileSync(schemaFile, 'utf8')), 'docs/rubric.schema.json is stale; regenerate it (see this test)').toEqual(JSON.parse(generated));
  });

  it('describes every field docs/rubric.md explains', () => {
    const doc = readFileSync(new URL('../../../../docs/rubric.md', import.meta.url), 'utf8');
    for (const field of [
      'name',
      'description',
      'step',
      'bonusCap',
      'criteria',
      'kind',
      'level',
      'maxPoints',
      'weight',
      'checks',
      'practice',
      'metric',
      'aggregate',
      'comparison',
      'threshold',
      'partialFrom',
      'points',
    ]) {
      expect(doc, field).toContain(`\`${field}\``);
    }
  });
});
