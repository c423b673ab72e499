/** The exit status a shell gives a process ended by this signal (128 + its number). */
const exitCodes: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/** How long Ctrl+C waits for a cancelled sync to free its lease before the store is closed. */
export const stopGraceMs = 5_000;

/**
 * Turns Ctrl+C and SIGTERM into a cancel instead of an abrupt exit, so a running sync's cleanup
 * runs before the store closes; the command then ends with the shell's usual status (130, 143).
 * A second signal exits at once, for a user who does not want to wait.
 */
export function watchStopSignals(onStop: () => void) {
  let received: 'SIGINT' | 'SIGTERM' | null = null;
  const handle = (signal: 'SIGINT' | 'SIGTERM') => {
    if (received) process.exit(exitCodes[received]);
    received = signal;
    onStop();
  };
  const onInt = () => handle('SIGINT');
  const onTerm = () => handle('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    /** The exit code the received signal calls for, or null when none came. */
    exitCode: (): number | null => (received ? exitCodes[received] : null),
    dispose(): void {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
