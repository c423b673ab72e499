import { practiceNames, type PracticeChecks, type PracticeName } from '../domain/practices';

export interface EvidenceLine {
  line: number;
  /** The checks that found their evidence on this line, in the order the app lists the checks. */
  practices: PracticeName[];
}

/**
 * The lines of one file the practice checks point at, ascending, so the file can be shown with them
 * highlighted. Evidence without a line (0: "no .gitlab-ci.yml", a parse error) marks no line.
 */
export function listEvidenceLines(checks: PracticeChecks, file: string): EvidenceLine[] {
  const byLine = new Map<number, Set<PracticeName>>();
  for (const name of practiceNames) {
    for (const evidence of checks[name].evidence) {
      if (evidence.file !== file || evidence.line < 1) continue;
      let names = byLine.get(evidence.line);
      if (!names) byLine.set(evidence.line, (names = new Set()));
      names.add(name);
    }
  }
  return [...byLine].sort(([a], [b]) => a - b).map(([line, names]) => ({ line, practices: practiceNames.filter((name) => names.has(name)) }));
}
