import { isProgram, isSubcommand, runsGradleTask, runsMavenGoal, type CommandPattern } from './command-pattern';

/** Known security scanners, matched on the command being run (see splitShellCommands). */
export const securityScanners: readonly CommandPattern[] = [
  { name: 'bandit', matches: isProgram('bandit') },
  { name: 'safety', matches: isProgram('safety') },
  { name: 'pip-audit', matches: isProgram('pip-audit') },
  { name: 'semgrep', matches: isProgram('semgrep') },
  { name: 'npm audit', matches: isSubcommand('npm', 'audit') },
  { name: 'yarn audit', matches: (command) => isSubcommand('yarn', 'audit')(command) || isSubcommand('yarn', 'npm', 'audit')(command) },
  { name: 'trivy', matches: isProgram('trivy') },
  { name: 'grype', matches: isProgram('grype') },
  { name: 'gitleaks', matches: isProgram('gitleaks') },
  { name: 'trufflehog', matches: isProgram('trufflehog') },
  {
    name: 'dependency-check',
    matches: (command) =>
      isProgram('dependency-check', 'dependency-check.sh')(command) ||
      runsMavenGoal(/(^|:)dependency-check(-maven)?:(check|aggregate)$/)(command) ||
      runsGradleTask(/^dependencyCheck(Analyze|Aggregate)$/)(command),
  },
  { name: 'snyk', matches: isProgram('snyk') },
  { name: 'gosec', matches: isProgram('gosec') },
  { name: 'cargo audit', matches: (command) => isSubcommand('cargo', 'audit')(command) || isProgram('cargo-audit')(command) },
  { name: 'osv-scanner', matches: isProgram('osv-scanner') },
];

/**
 * GitLab's security templates by file name, with their variants (`SAST-IaC`, `DAST-API`,
 * `Secret-Detection.latest`), as included from `Security/` or `Jobs/`.
 */
export const securityTemplates: readonly string[] = ['sast', 'secret-detection', 'dependency-scanning', 'container-scanning', 'dast', 'license-scanning'];

/** `artifacts:reports` keys that hold a security report. https://docs.gitlab.com/ci/yaml/artifacts_reports/ */
export const securityReports: ReadonlySet<string> = new Set([
  'sast',
  'secret_detection',
  'dependency_scanning',
  'container_scanning',
  'dast',
  'license_scanning',
  'license_management',
  'api_fuzzing',
  'coverage_fuzzing',
  'cluster_image_scanning',
]);
