import { powerMonitor } from 'electron';
import type { CoreHost } from './core-host';

/**
 * Tells the core when the machine sleeps and wakes: timers do not fire during sleep, so the
 * scheduler (in the core) needs to abort a sync on suspend and catch up on resume.
 * powerMonitor may only be used once the app is ready.
 */
export function forwardPowerEvents(coreHost: CoreHost): void {
  powerMonitor.on('suspend', () => coreHost.notifyPower('suspend'));
  powerMonitor.on('resume', () => coreHost.notifyPower('resume'));
}
