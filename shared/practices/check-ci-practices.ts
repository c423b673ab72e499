import { findPattern, type CommandPattern } from './command-pattern';
import { expandCiConfig, type CiJob, type CiSources, type ExpandedCiConfig, type ExternalInclude } from './expand-ci-config';
import { lintTemplates, linters } from './linters';
import type { PracticeCheck, PracticeEvidence } from './practice-check';
import { readJobScripts } from './read-job-scripts';
import { securityReports, securityScanners, securityTemplates } from './security-scanners';
import { splitShellCommands } from './split-shell-commands';
import { testRunners } from './test-runners';

export interface CiPracticeChecks {
  pipelineExists: PracticeCheck;
  testsAutomated: PracticeCheck;
  linting: PracticeCheck;
  securityScan: PracticeCheck;
  multiStage: PracticeCheck;
}

export interface CiPracticesReport {
  /** False when the file is not valid YAML or its top level is not a mapping. */
  parses: boolean;
  parseError: { line: number; column: number; message: string } | null;
  checks: CiPracticeChecks;
  /** Local includes that could not be read; their jobs are not counted. */
  unresolvedIncludes: string[];
}

export interface CiPracticesOptions {
  /**
   * Pipelines that ran in the course's window. When given, pipelineExists also needs at least one;
   * the local-file check leaves it out and asks only for a file with a job.
   */
  pipelinesInWindow?: number;
}

const failed = (): PracticeCheck => ({ passed: false, evidence: [] });
const checkOf = (evidence: PracticeEvidence[]): PracticeCheck => ({ passed: evidence.length > 0, evidence });

/** The CI/CD practice checks of a .gitlab-ci.yml and its local includes (definitions in docs/metrics.md). */
export function checkCiPractices(sources: CiSources, options: CiPracticesOptions = {}): CiPracticesReport {
  const expansion = expandCiConfig(sources);
  if (!expansion.ok) {
    const { file, line, column, message } = expansion.error;
    return {
      parses: false,
      parseError: { line, column, message },
      checks: {
        pipelineExists: { passed: false, evidence: [{ job: null, stage: null, file, line, text: `line ${line}, column ${column}: ${message}` }] },
        testsAutomated: failed(),
        linting: failed(),
        securityScan: failed(),
        multiStage: failed(),
      },
      unresolvedIncludes: [],
    };
  }
  const { config } = expansion;
  return {
    parses: true,
    parseError: null,
    checks: {
      pipelineExists: checkPipelineExists(config, options),
      testsAutomated: checkOf([...findCommands(config, testRunners), ...findReports(config, (name) => name === 'junit')]),
      linting: checkOf([...findCommands(config, linters), ...findReports(config, (name) => name === 'codequality'), ...findTemplates(config, lintTemplates)]),
      securityScan: checkOf([
        ...findCommands(config, securityScanners),
        ...findTemplates(config, securityTemplates),
        ...findReports(config, (name) => securityReports.has(name)),
      ]),
      multiStage: checkMultiStage(config),
    },
    unresolvedIncludes: config.unresolvedIncludes,
  };
}

function checkPipelineExists(config: ExpandedCiConfig, options: CiPracticesOptions): PracticeCheck {
  const evidence = config.jobs.slice(0, 1).map((job) => jobEvidence(job, job.file, job.line, `${job.name}:`));
  const hasPipeline = options.pipelinesInWindow === undefined || options.pipelinesInWindow > 0;
  return { passed: evidence.length > 0 && hasPipeline, evidence };
}

/** Three or more stages that hold a job; template-included jobs are unknown and not counted. */
function checkMultiStage(config: ExpandedCiConfig): PracticeCheck {
  const byStage = new Map<string, CiJob>();
  for (const job of config.jobs) if (!byStage.has(job.stage)) byStage.set(job.stage, job);
  const evidence = [...byStage.values()].map((job) => jobEvidence(job, job.stageFile, job.stageLine, `stage ${job.stage}`));
  return { passed: evidence.length >= 3, evidence };
}

function findCommands(config: ExpandedCiConfig, patterns: readonly CommandPattern[]): PracticeEvidence[] {
  return config.jobs.flatMap((job) =>
    readJobScripts(job, config).flatMap((line) => {
      const match = splitShellCommands(line.text).find((command) => findPattern(patterns, command) !== undefined);
      if (!match) return [];
      const text = line.text === line.written ? line.written : `${line.written} (${line.text})`;
      return [jobEvidence(job, line.file, line.lineOf(match.program), text)];
    }),
  );
}

function findReports(config: ExpandedCiConfig, isWanted: (report: string) => boolean): PracticeEvidence[] {
  return config.jobs.flatMap((job) => {
    const artifacts = job.config.entries.get('artifacts')?.value;
    const reports = artifacts?.kind === 'map' ? artifacts.entries.get('reports')?.value : undefined;
    if (reports?.kind !== 'map') return [];
    return [...reports.entries]
      .filter(([name]) => isWanted(name))
      .map(([name, entry]) => jobEvidence(job, entry.keyFile, entry.keyLine, `artifacts:reports:${name}`));
  });
}

function findTemplates(config: ExpandedCiConfig, names: readonly string[]): PracticeEvidence[] {
  return config.externalIncludes
    .filter((include) => {
      const name = templateName(include);
      return names.some((wanted) => name === wanted || name.startsWith(`${wanted}-`));
    })
    .map((include) => ({ job: null, stage: null, file: include.file, line: include.line, text: include.text }));
}

/** `Jobs/SAST-IaC.latest.gitlab-ci.yml` and `gitlab.com/components/sast/sast@2` are both `sast…`: the file name, lower case, without suffixes. */
function templateName(include: ExternalInclude): string {
  const last =
    include.name
      .split(/[/:,]/)
      .filter((part) => part !== '')
      .at(-1) ?? '';
  return last
    .replace(/[?#@].*$/, '')
    .replace(/(\.latest)?(\.gitlab-ci)?\.ya?ml$/i, '')
    .replace(/\.latest$/i, '')
    .toLowerCase();
}

function jobEvidence(job: CiJob, file: string, line: number, text: string): PracticeEvidence {
  return { job: job.name, stage: job.stage, file, line, text };
}
