import { isAddressInAny, type Cidr } from './parse-cidr';

/**
 * The address a request came from. X-Forwarded-For is believed only when the peer is a trusted proxy,
 * and then read from the right: each trusted hop appended the address it saw, so the first untrusted
 * address from the right is the client (anything further left could be forged by the client).
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trustedProxies: readonly Cidr[]): string {
  if (forwardedFor === undefined || !isAddressInAny(peer, trustedProxies)) return peer;
  const hops = forwardedFor
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? '';
    if (!isAddressInAny(hop, trustedProxies)) return hop;
  }
  return hops[0] ?? peer;
}
