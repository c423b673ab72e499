import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { maxRubricJsonLength } from '../../shared/api/grading-api';
import type { RubricCriterion } from '../../shared/grading/rubric';
import { computeRubricMaxPoints } from '../../shared/grading/score-rubric';
import { toPrintableLine } from '../../shared/domain/student-text';
import type { Core } from '../core/core';
import { writeFileAtomically } from '../core/export/write-file-atomically';
import { callCore, callCoreWithFileInput, type CliIo } from './call-core';
import { CliError } from './cli-error';
import { formatTable } from './format-table';
import { parseCommandOptions } from './parse-command-line';

/** The course, and the iteration within it when --iteration names one. */
function scopeRef(values: { course?: string | undefined; iteration?: string | undefined }): { course?: string; iteration?: string } {
  return { ...(values.course === undefined ? {} : { course: values.course }), ...(values.iteration === undefined ? {} : { iteration: values.iteration }) };
}

function readVersion(command: string, value: string | undefined): { version?: number } {
  if (value === undefined) return {};
  const version = Number(value);
  if (!Number.isInteger(version) || version < 0)
    throw new CliError(`${command}: --version must be a whole number from 0, not "${toPrintableLine(value, 40)}"`, 2);
  return { version };
}

/**
 * A rubric file's text. Size and encoding are checked on the bytes, before anything is parsed: a
 * 50 MB file is refused without being read, and one that is not UTF-8 is refused instead of being
 * decoded into replacement characters that might still parse.
 */
export function readRubricFile(command: string, file: string): string {
  const path = resolve(file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new CliError(`${command}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size > maxRubricJsonLength) {
    throw new CliError(`${command}: ${path} is ${(size / 1_000_000).toFixed(1)} MB; a rubric file is at most ${maxRubricJsonLength / 1_000_000} MB`);
  }
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${command}: ${path} is not UTF-8 text`);
  }
}

function describeChecks(criterion: RubricCriterion): string {
  if (criterion.kind === 'manual') return 'entered by hand';
  return criterion.checks.map((c) => `${c.name} ${c.points}`).join(', ');
}

/** `gitpulse rubric show|import FILE|export --out FILE`. */
export async function runRubricCommand(core: Core, command: string, rest: string[], io: Pick<CliIo, 'stdout'>): Promise<void> {
  const print = (text: string): void => {
    io.stdout.write(`${text}\n`);
  };
  switch (command) {
    case 'rubric show': {
      const { values } = parseCommandOptions(command, rest, {
        course: { type: 'string' },
        iteration: { type: 'string' },
        version: { type: 'string' },
        json: { type: 'boolean' },
      });
      const version = readVersion(command, values.version);
      const shown =
        version.version === undefined
          ? await callCore(core, 'rubric.get', scopeRef(values))
          : await callCore(core, 'rubric.version', { ...scopeRef(values), version: version.version });
      if (values.json) return print(JSON.stringify(shown, null, 2));
      const { rubric } = shown;
      const saved = shown.isBuiltIn ? 'the built-in template, not changed yet' : `saved ${shown.savedAt ?? ''}`;
      const when = shown.inheritedFromCourse ? `the course's rubric: ${saved}` : saved;
      print(`${toPrintableLine(rubric.name, 80)}, version ${shown.version} (${when}); maximum ${computeRubricMaxPoints(rubric)} points, step ${rubric.step}`);
      print(
        formatTable(rubric.criteria, [
          { title: 'Criterion', value: (c) => toPrintableLine(c.name, 80) },
          { title: 'Level', value: (c) => c.level },
          { title: 'Max', value: (c) => String(c.maxPoints), alignRight: true },
          { title: 'Weight', value: (c) => String(c.weight), alignRight: true },
          { title: 'Checks', value: (c) => toPrintableLine(describeChecks(c), 160) },
        ]),
      );
      if (rubric.bonusCap !== undefined) print(`Bonus adds at most ${rubric.bonusCap} points above the maximum.`);
      return;
    }
    case 'rubric import': {
      const { values, positionals } = parseCommandOptions(
        command,
        rest,
        { course: { type: 'string' }, iteration: { type: 'string' }, reason: { type: 'string' } },
        1,
      );
      const file = positionals[0];
      if (!file) throw new CliError('rubric import: name the rubric file, e.g. gitpulse rubric import rubric.json', 2);
      const json = readRubricFile(command, file);
      const saved = await callCoreWithFileInput(core, 'rubric.import', {
        ...scopeRef(values),
        json,
        ...(values.reason ? { reason: values.reason } : {}),
      });
      const scope = values.iteration === undefined ? '' : ` of iteration "${toPrintableLine(values.iteration, 60)}"`;
      print(`Imported "${toPrintableLine(saved.rubric.name, 80)}" as rubric version ${saved.version}${scope}; the grades follow it.`);
      return;
    }
    case 'rubric export': {
      const { values } = parseCommandOptions(command, rest, {
        course: { type: 'string' },
        iteration: { type: 'string' },
        out: { type: 'string' },
        version: { type: 'string' },
      });
      if (!values.out) throw new CliError('rubric export: --out FILE is required', 2);
      const exported = await callCore(core, 'rubric.export', { ...scopeRef(values), ...readVersion(command, values.version) });
      const target = resolve(values.out);
      try {
        writeFileAtomically(target, exported.json);
      } catch (error) {
        throw new CliError(`rubric export: cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      print(`Wrote ${target}`);
      return;
    }
    default:
      throw new CliError(`unknown command "${command}". Run gitpulse --help`, 2);
  }
}
