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

/** `gitpulse iteration add|list|remove`: the course's named iterations, which window selectors and `metrics --iteration` offer. */
export async function runIterationCommand(core: Core, command: string, rest: string[], io: Pick<CliIo, 'stdout'>): Promise<void> {
  switch (command) {
    case 'iteration add': {
      const { values } = parseCommandOptions(command, rest, { ...nameOptions, start: { type: 'string' }, end: { type: 'string' } });
      if (!values.name) throw new CliError(`${command}: --name NAME is required`, 2);
      if (!values.start || !values.end) throw new CliError(`${command}: --start YYYY-MM-DD and --end YYYY-MM-DD are required (both days count)`, 2);
      const added = await callCore(core, 'iterations.add', {
        ...courseRef(values.course),
        iteration: { name: values.name, start: values.start, end: values.end },
      });
      return print(io, `Added iteration "${added.name}": ${added.start} to ${added.end}.`);
    }
    case 'iteration remove': {
      const { values } = parseCommandOptions(command, rest, nameOptions);
      if (!values.name) throw new CliError(`${command}: --name NAME is required`, 2);
      await callCore(core, 'iterations.remove', { ...courseRef(values.course), name: values.name });
      return print(io, `Removed iteration "${values.name}".`);
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
        ]),
      );
    }
    default:
      throw new CliError(`unknown command "${command}". Try: gitpulse iteration add|list|remove`, 2);
  }
}
