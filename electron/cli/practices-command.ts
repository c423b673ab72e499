import { existsSync, statSync } from 'node:fs';
import { checkCiPractices, type CiPracticeChecks } from '../../shared/practices/check-ci-practices';
import { readLocalCiSources } from '../core/practices/read-local-ci-sources';
import type { CliIo } from './call-core';
import { CliError } from './cli-error';
import { formatTable } from './format-table';
import { parseCommandOptions } from './parse-command-line';

const checkTitles: Record<keyof CiPracticeChecks, string> = {
  pipelineExists: 'Pipeline exists',
  testsAutomated: 'Tests automated',
  linting: 'Linting',
  securityScan: 'Security scan',
  multiStage: 'Multi-stage',
};

/**
 * `gitpulse practices --file PATH [--json]`: the CI/CD practice checks on a local .gitlab-ci.yml, its
 * folder taken as the repository root. It reads files only, so it opens no database. pipelineExists
 * asks only for a job here (no pipelines to count), and coverage is left out (no metrics).
 */
export function runPracticesCommand(rest: string[], io: Pick<CliIo, 'stdout'>): void {
  const { values } = parseCommandOptions('practices', rest, { file: { type: 'string' }, json: { type: 'boolean' } });
  const file = values.file;
  if (!file) throw new CliError('practices: --file PATH is required, e.g. gitpulse practices --file .gitlab-ci.yml', 2);
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`practices: no such file: ${file}`, 2);
  const report = checkCiPractices(readLocalCiSources(file));
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ file, ...report }, null, 2)}\n`);
    return;
  }
  const rows = (Object.keys(checkTitles) as Array<keyof CiPracticeChecks>).map((key) => ({ key, check: report.checks[key] }));
  const lines = [
    formatTable(rows, [
      { title: 'Check', value: (r) => checkTitles[r.key] },
      { title: 'Passed', value: (r) => (r.check.passed ? '✓' : '✗') },
      {
        title: 'Evidence',
        value: ({ check }) => {
          const first = check.evidence[0];
          if (!first) return '';
          const where = first.job === null ? `${first.file}:${first.line}` : `${first.job} (${first.stage}), ${first.file}:${first.line}`;
          return `${where}: ${first.text}${check.evidence.length > 1 ? ` (+${check.evidence.length - 1} more)` : ''}`;
        },
      },
    ]),
  ];
  if (report.unresolvedIncludes.length > 0) lines.push(`Unresolved includes (their jobs are not counted): ${report.unresolvedIncludes.join(', ')}`);
  io.stdout.write(`${lines.join('\n')}\n`);
}
