import type { Core } from '../core/core';
import { callCore, type CliIo } from './call-core';
import { CliError } from './cli-error';
import { formatTable } from './format-table';
import { parseCommandOptions } from './parse-command-line';

function print(io: Pick<CliIo, 'stdout'>, text: string): void {
  io.stdout.write(`${text}\n`);
}

function courseRef(course: string | undefined): { course?: string } {
  return course === undefined ? {} : { course };
}

const nameOptions = { course: { type: 'string' }, name: { type: 'string' } } as const;

/**
 * A typed weight: a number goes to the core as one, anything else as typed, so the core's message
 * (which names the iteration) says it is not a number.
 */
function readWeight(value: string): number | string {
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

/**
 * The core refuses removing an iteration with grading data as `conflict` and leaves the way out to
 * the surface; on the command line that is the flag. Other refusals pass through as they are.
 */
async function removeIteration(core: Core, input: { course?: string; name: string; force?: true }): Promise<void> {
  try {
    await callCore(core, 'iterations.remove', input);
  } catch (error) {
    const isGradingDataConflict = error instanceof CliError && error.code === 'conflict';
    throw isGradingDataConflict ? new CliError(`${error.message} Add --force to delete them too.`, error.exitCode, error.code) : error;
  }
}

/**
 * `gitpulse iteration add|list|remove|weight`: the course's named iterations, which window selectors
 * and `metrics --iteration` offer and `grade --iteration` grades, each with its weight in `grade total`.
 */
export async function runIterationCommand(core: Core, command: string, rest: string[], io: Pick<CliIo, 'stdout'>): Promise<void> {
  switch (command) {
    case 'iteration add': {
      const { values } = parseCommandOptions(command, rest, { ...nameOptions, start: { type: 'string' }, end: { type: 'string' }, weight: { type: 'string' } });
      if (!values.name) throw new CliError(`${command}: --name NAME is required`, 2);
      if (!values.start || !values.end) throw new CliError(`${command}: --start YYYY-MM-DD and --end YYYY-MM-DD are required (both days count)`, 2);
      const added = await callCore(core, 'iterations.add', {
        ...courseRef(values.course),
        iteration: { name: values.name, start: values.start, end: values.end, ...(values.weight === undefined ? {} : { weight: readWeight(values.weight) }) },
      });
      return print(io, `Added iteration "${added.name}": ${added.start} to ${added.end}, weight ${added.weight}.`);
    }
    case 'iteration remove': {
      const { values } = parseCommandOptions(command, rest, { ...nameOptions, force: { type: 'boolean' } });
      if (!values.name) throw new CliError(`${command}: --name NAME is required`, 2);
      await removeIteration(core, { ...courseRef(values.course), name: values.name, ...(values.force ? { force: true } : {}) });
      return print(io, `Removed iteration "${values.name}".`);
    }
    case 'iteration weight': {
      const { values } = parseCommandOptions(command, rest, { ...nameOptions, weight: { type: 'string' } });
      if (!values.name) throw new CliError(`${command}: --name NAME is required`, 2);
      if (values.weight === undefined) throw new CliError(`${command}: --weight W is required (0 to 100; 0 leaves the iteration out of the course total)`, 2);
      const changed = await callCore(core, 'iterations.setWeight', { ...courseRef(values.course), name: values.name, weight: readWeight(values.weight) });
      return print(io, `Iteration "${changed.name}" now counts with weight ${changed.weight} in the course total.`);
    }
    case 'iteration list': {
      const { values } = parseCommandOptions(command, rest, { course: { type: 'string' }, json: { type: 'boolean' } });
      const iterations = await callCore(core, 'iterations.list', courseRef(values.course));
      if (values.json) return print(io, JSON.stringify(iterations, null, 2));
      if (iterations.length === 0) return print(io, 'No iterations. Add one: gitpulse iteration add --name "Iteration 1" --start 2026-09-01 --end 2026-09-28');
      return print(
        io,
        formatTable(iterations, [
          { title: 'Iteration', value: (i) => i.name },
          { title: 'First day', value: (i) => i.start },
          { title: 'Last day', value: (i) => i.end },
          { title: 'Weight', value: (i) => String(i.weight), alignRight: true },
        ]),
      );
    }
    default:
      throw new CliError(`unknown command "${command}". Try: gitpulse iteration add|list|remove|weight`, 2);
  }
}
