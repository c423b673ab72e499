import type { MethodInput } from '../../shared/api/contract';
import type { Exclusion } from '../../shared/domain/identity';
import type { Core } from '../core/core';
import { callCore, type CliIo } from './call-core';
import { CliError } from './cli-error';
import { formatTable } from './format-table';
import { parseCommandOptions } from './parse-command-line';

type ExclusionTarget = MethodInput<'exclusions.add'>['target'];

function print(io: Pick<CliIo, 'stdout'>, text: string): void {
  io.stdout.write(`${text}\n`);
}

function courseRef(course: string | undefined): { course?: string } {
  return course === undefined ? {} : { course };
}

/** `--email E` or `--name N`, exactly one. */
function readAlias(command: string, values: { email?: string | undefined; name?: string | undefined }): { kind: 'email' | 'name'; value: string } {
  if ((values.email === undefined) === (values.name === undefined)) throw new CliError(`${command}: give either --email EMAIL or --name NAME`, 2);
  return values.email !== undefined ? { kind: 'email', value: values.email } : { kind: 'name', value: values.name ?? '' };
}

/** `--commit SHA` or `--merge-request PROJECT!IID`, exactly one. */
function readTarget(command: string, values: { commit?: string | undefined; 'merge-request'?: string | undefined }): ExclusionTarget {
  const mr = values['merge-request'];
  if ((values.commit === undefined) === (mr === undefined)) throw new CliError(`${command}: give either --commit SHA or --merge-request PROJECT!IID`, 2);
  if (values.commit !== undefined) return { kind: 'commit', sha: values.commit };
  const match = /^(.+)!(\d+)$/u.exec(mr ?? '');
  if (!match?.[1] || !match[2]) throw new CliError(`${command}: --merge-request must look like group/project!12, not "${mr}"`, 2);
  return { kind: 'mergeRequest', project: match[1], iid: Number(match[2]) };
}

function describeExclusion(e: Exclusion): string {
  return e.kind === 'commit' ? `commit ${e.sha}` : `merge request ${e.project}!${e.iid}`;
}

const aliasOptions = { course: { type: 'string' }, member: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } } as const;
const targetOptions = { course: { type: 'string' }, commit: { type: 'string' }, 'merge-request': { type: 'string' } } as const;

/** `gitpulse alias add|list|remove` and `gitpulse exclude add|list|remove`. */
export async function runIdentityCommand(core: Core, command: string, rest: string[], io: Pick<CliIo, 'stdout'>): Promise<void> {
  switch (command) {
    case 'alias add':
    case 'alias remove': {
      const { values } = parseCommandOptions(command, rest, aliasOptions);
      if (!values.member) throw new CliError(`${command}: --member USERNAME is required`, 2);
      const input = { ...courseRef(values.course), username: values.member, ...readAlias(command, values) };
      if (command === 'alias add') {
        const alias = await callCore(core, 'aliases.add', input);
        return print(io, `Commits by the ${alias.kind} "${alias.value}" now count for ${alias.username}.`);
      }
      await callCore(core, 'aliases.remove', input);
      return print(io, `Removed the ${input.kind} alias "${input.value}" of ${input.username}.`);
    }
    case 'alias list': {
      const { values } = parseCommandOptions(command, rest, { course: { type: 'string' }, json: { type: 'boolean' } });
      const aliases = await callCore(core, 'aliases.list', courseRef(values.course));
      if (values.json) return print(io, JSON.stringify(aliases, null, 2));
      if (aliases.length === 0) return print(io, 'No aliases. Add one: gitpulse alias add --member USERNAME --email EMAIL');
      return print(
        io,
        formatTable(aliases, [
          { title: 'Member', value: (a) => a.username },
          { title: 'Kind', value: (a) => a.kind },
          { title: 'Alias', value: (a) => a.value },
          { title: 'Added', value: (a) => a.createdAt },
        ]),
      );
    }
    case 'exclude add': {
      const { values } = parseCommandOptions(command, rest, { ...targetOptions, reason: { type: 'string' } });
      const target = readTarget(command, values);
      if (!values.reason?.trim()) throw new CliError(`${command}: --reason TEXT is required (say why it counts for nobody)`, 2);
      const exclusion = await callCore(core, 'exclusions.add', { ...courseRef(values.course), target, reason: values.reason });
      return print(io, `Excluded ${describeExclusion(exclusion)} from every figure.`);
    }
    case 'exclude remove': {
      const { values } = parseCommandOptions(command, rest, targetOptions);
      const target = readTarget(command, values);
      await callCore(core, 'exclusions.remove', { ...courseRef(values.course), target });
      return print(io, `Counted again: ${target.kind === 'commit' ? `commit ${target.sha}` : `merge request ${target.project}!${target.iid}`}.`);
    }
    case 'exclude list': {
      const { values } = parseCommandOptions(command, rest, { course: { type: 'string' }, json: { type: 'boolean' } });
      const exclusions = await callCore(core, 'exclusions.list', courseRef(values.course));
      if (values.json) return print(io, JSON.stringify(exclusions, null, 2));
      if (exclusions.length === 0) return print(io, 'Nothing is excluded.');
      return print(
        io,
        formatTable(exclusions, [
          { title: 'Excluded', value: describeExclusion },
          { title: 'Reason', value: (e) => e.reason },
          { title: 'Added', value: (e) => e.createdAt },
        ]),
      );
    }
    default:
      throw new CliError(`unknown command "${command}". Try: gitpulse ${command.split(' ')[0] ?? 'alias'} add|list|remove`, 2);
  }
}
