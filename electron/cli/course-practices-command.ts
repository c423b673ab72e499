import { practiceLabels, practiceNames } from '../../shared/domain/practices';
import type { Core } from '../core/core';
import { callCore, type CliIo } from './call-core';
import { formatTable } from './format-table';
import { parseCommandOptions } from './parse-command-line';

/** `gitpulse practices [--course NAME] [--from ISO] [--to ISO] [--json]`: each team's checks with their evidence. */
export async function runCoursePracticesCommand(core: Core, rest: string[], io: Pick<CliIo, 'stdout'>): Promise<void> {
  const { values } = parseCommandOptions('practices', rest, {
    course: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  const practices = await callCore(core, 'practices.course', {
    ...(values.course ? { course: values.course } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  });
  if (values.json) {
    const teams = practices.teams.map((team) => ({ project: team.project, checks: team.checks }));
    io.stdout.write(`${JSON.stringify({ course: practices.course, teams }, null, 2)}\n`);
    return;
  }
  const table = formatTable(practices.teams, [
    { title: 'Team', value: (team) => team.project },
    ...practiceNames.map((name) => ({
      title: practiceLabels[name],
      value: (team: (typeof practices.teams)[number]) => (team.checks[name].passed ? '✓' : '✗'),
    })),
  ]);
  io.stdout.write(`${table}\n`);
}
