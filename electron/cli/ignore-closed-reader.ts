/**
 * A reader that stops early (`gitpulse course list | head -1`) closes its end of the pipe. Node
 * ignores SIGPIPE, so the next write fails with EPIPE, emitted as an 'error' event that nothing
 * handles: a stack trace and status 1, for output nobody wanted. Here the rest of the output is
 * dropped and the command runs to its end with its own status, 0 when it succeeded, rather than
 * the 141 a shell reports for a program SIGPIPE killed: what the command did (a sync, an export) is
 * done and committed, so a `set -o pipefail` script should not read it as a failure, and the core
 * still closes as usual (its lock released) instead of stopping at whichever write came last.
 */
export function ignoreClosedReader(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // Once the pipe is gone the stream is destroyed, and later writes fail with this instead.
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}
