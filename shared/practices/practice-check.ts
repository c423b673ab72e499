/**
 * One piece of evidence for a practice check: where in which file the deciding text stands. `job` and
 * `stage` are null for what belongs to no job (a template include, a parse error).
 */
export interface PracticeEvidence {
  job: string | null;
  stage: string | null;
  /** The main file's path or the include's path, as given to the analysis. */
  file: string;
  /** 1-based line in `file`. */
  line: number;
  text: string;
}

/** The result every practice check reports: whether it passed and what it saw. */
export interface PracticeCheck {
  passed: boolean;
  evidence: PracticeEvidence[];
}
