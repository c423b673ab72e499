import { describe, expect, it } from 'vitest';
import { builtinRubric } from '../../../../shared/grading/builtin-rubric';
import { describeRubricProblems, formatRubricJson, parseRubricJson } from '../../../../shared/grading/describe-rubric-problems';

type Path = Array<string | number>;

/** The built-in rubric with the value at one path replaced (undefined: removed), as a file's text. */
function variant(...changes: Array<[Path, unknown]>): string {
  const copy = JSON.parse(JSON.stringify(builtinRubric)) as unknown;
  for (const [path, value] of changes) {
    let target = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    const last = path.at(-1) as string | number;
    // Reflect.deleteProperty: the key comes from the table of cases, never from a file.
    if (value === undefined) Reflect.deleteProperty(target, last);
    else target[last] = value;
  }
  return JSON.stringify(copy);
}

function problemOf(text: string): string {
  const parsed = parseRubricJson(text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.problem;
}

describe('parsing a rubric file', () => {
  it('round-trips a valid file exactly', () => {
    const text = formatRubricJson(builtinRubric);
    const parsed = parseRubricJson(text);
    expect(parsed.ok && formatRubricJson(parsed.rubric)).toBe(text);
  });

  it.each([
    ['negative points', [['criteria', 0, 'checks', 0, 'points'], -1], 'criteria[0].checks[0].points: must be >= 0'],
    ['a wrong type', [['criteria', 1, 'weight'], '2'], 'criteria[1].weight: must be a number, not string "2"'],
    ['a missing field', [['criteria', 2, 'level'], undefined], 'criteria[2].level: is missing'],
    ['a missing kind', [['criteria', 2, 'kind'], undefined], 'criteria[2].kind: is missing (one of "automatic", "manual")'],
    ['an unknown metric', [['criteria', 1, 'checks', 0, 'metric'], 'happiness'], 'criteria[1].checks[0].metric: "happiness" is not one of "commits"'],
    ['an unknown practice', [['criteria', 0, 'checks', 4, 'practice'], 'fuzzing'], 'criteria[0].checks[4].practice: "fuzzing" is not one of "pipelineExists"'],
    ['a misspelt field', [['criteria', 0, 'pointz'], 3], 'criteria[0]: unknown field "pointz"'],
    ['duplicate criterion names', [['criteria', 2, 'name'], 'teamwork'], 'criteria[2].name: duplicates the name of criteria[1]'],
    ['duplicate check names', [['criteria', 0, 'checks', 4, 'name'], ' LINTING'], 'criteria[0].checks[4].name: duplicates the name of checks[3]'],
    ['an empty name', [['criteria', 0, 'name'], '  '], 'criteria[0].name: must not be empty'],
    ['huge numbers', [['criteria', 2, 'maxPoints'], 1e300], 'criteria[2].maxPoints: must be <= 1000'],
    [
      'a threshold outside the metric',
      [['criteria', 1, 'checks', 2, 'metric'], 'commitShare'],
      'criteria[1].checks[2].threshold: must be between 0 and 1 for commitShare',
    ],
    ['a sum that does not add up', [['criteria', 0, 'maxPoints'], 12], "criteria[0].maxPoints: must equal the sum of its checks' points (10)"],
    [
      'partial credit on the wrong side',
      [['criteria', 1, 'checks', 2, 'partialFrom'], 5],
      'criteria[1].checks[2].partialFrom: must be below the threshold (2)',
    ],
    ['no criteria', [['criteria'], []], 'criteria: needs at least one criterion'],
    ['an array instead of a rubric', [['criteria'], {}], 'criteria: must be an array, not an object'],
  ] as Array<[string, [Path, unknown], string]>)('refuses %s, naming the place', (_what, change, expected) => {
    expect(problemOf(variant(change))).toContain(expected);
  });

  it('refuses the file itself being something else, naming the whole', () => {
    expect(problemOf('[1, 2]')).toBe('rubric: must be an object, not an array');
    expect(problemOf('"rubric"')).toBe('rubric: must be an object, not string "rubric"');
  });

  it('refuses what is not JSON in one line', () => {
    const problem = problemOf('{"name": "x",');
    expect(problem).toMatch(/^The file is not JSON \(/);
    expect(problem).not.toContain('\n');
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(problemOf(deep)).toMatch(/^(The file is not JSON|rubric: must be an object)/);
    const nested = `{"name":"x","step":1,"criteria":[],"description":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    expect(problemOf(nested)).toMatch(/^(The file is not JSON|description: must be a string)/);
  });

  it('quotes values from the file short and escaped', () => {
    const problem = problemOf(variant([['criteria', 1, 'checks', 0, 'metric'], `evil\u001b[31m${'x'.repeat(500)}`]));
    expect(problem).not.toContain('\u001b');
    expect(problem.length).toBeLessThan(800);
  });

  it('lists every problem with its place for an editor', () => {
    const copy = JSON.parse(variant([['criteria', 0, 'checks', 0, 'points'], -1], [['criteria', 2, 'weight'], -2])) as unknown;
    expect(describeRubricProblems(copy)).toEqual([
      { path: 'criteria[0].checks[0].points', message: 'must be >= 0' },
      { path: 'criteria[2].weight', message: 'must be >= 0' },
    ]);
  });
});
