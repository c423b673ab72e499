import type { PracticeChecks } from '../../../shared/domain/practices';
import type { CiConfigRecord } from '../store/ci-configs-repo';
import { checkCiPractices } from '../../../shared/practices/check-ci-practices';
import { checkCoverageThreshold } from '../../../shared/practices/check-coverage-threshold';

export interface TeamPracticeInputs {
  /** The stored .gitlab-ci.yml of the default branch with its local includes; null when never synced. */
  ciConfig: CiConfigRecord | null;
  /** Pipelines in the window (child pipelines left out): pipelineExists needs at least one. */
  pipelinesInWindow: number;
  latestCoverage: number | null;
  coverageThreshold: number;
}

export interface TeamPracticeReport {
  parses: boolean;
  checks: PracticeChecks;
  unresolvedIncludes: string[];
}

const ciFileName = '.gitlab-ci.yml';

/**
 * A team's six practice checks: five from its stored CI file, the coverage check from its latest
 * default-branch coverage. A project without a .gitlab-ci.yml fails every check but coverage, and
 * says so as the evidence of pipelineExists.
 */
export function checkTeamPractices(inputs: TeamPracticeInputs): TeamPracticeReport {
  const coverageThreshold = checkCoverageThreshold(inputs.latestCoverage, inputs.coverageThreshold);
  const content = inputs.ciConfig?.content ?? null;
  if (content === null) {
    const missing = { passed: false, evidence: [] };
    const where = inputs.ciConfig ? `no ${ciFileName} on ${inputs.ciConfig.ref}` : `no ${ciFileName} synced yet`;
    return {
      parses: false,
      checks: {
        pipelineExists: { passed: false, evidence: [{ job: null, stage: null, file: ciFileName, line: 0, text: where }] },
        testsAutomated: missing,
        coverageThreshold,
        linting: missing,
        securityScan: missing,
        multiStage: missing,
      },
      unresolvedIncludes: [],
    };
  }
  // The analysis names includes relative to the repository root; the sync stores them as written.
  const includes = new Map((inputs.ciConfig?.includes ?? []).map((include) => [include.path.replace(/^\/+/, ''), include.content]));
  const report = checkCiPractices({ mainPath: ciFileName, mainText: content, includes }, { pipelinesInWindow: inputs.pipelinesInWindow });
  return { parses: report.parses, checks: { ...report.checks, coverageThreshold }, unresolvedIncludes: report.unresolvedIncludes };
}
