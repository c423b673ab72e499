import type { RelayStatus } from '../../../shared/api/relay-api';
import type { Tone } from '../../components/tone';

/** The relay's state in a word or two, with the colour of its dot. */
export function describeRelayState(state: RelayStatus['state']): { label: string; tone: Tone } {
  switch (state) {
    case 'live':
      return { label: 'Live', tone: 'good' };
    case 'down':
      return { label: 'Down: scheduled syncs carry on', tone: 'bad' };
    case 'idle':
      return { label: 'Set up, not polling', tone: 'warn' };
    case 'off':
      return { label: 'Not set up', tone: 'neutral' };
  }
}

export function describeRelayToken(source: RelayStatus['tokenSource']): string {
  if (source === 'environment') return 'Environment variable';
  if (source === 'keychain') return 'OS keychain';
  return 'Missing';
}
