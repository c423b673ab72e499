/** A failure to report as one line on stderr; usage errors exit 2, everything else 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
