/**
 * A failure to report as one line on stderr (and as `{"error": {"code", "message"}}` on stdout under
 * --json); usage errors exit 2, a stop by Ctrl+C 130, everything else 1. `code` is the contract's
 * error code when the core refused, `invalid_input` for a usage error.
 */
export class CliError extends Error {
  readonly code: string;

  constructor(
    message: string,
    readonly exitCode: number = 1,
    code?: string,
  ) {
    super(message);
    this.name = 'CliError';
    this.code = code ?? (exitCode === 2 ? 'invalid_input' : 'failed');
  }
}
