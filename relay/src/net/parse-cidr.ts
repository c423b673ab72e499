import { isIP } from 'node:net';

/** An address range, held as IPv6 so an IPv4 rule also matches the IPv4-mapped form (::ffff:a.b.c.d). */
export interface Cidr {
  text: string;
  bytes: Uint8Array;
  /** Leading bits that must match, 0..128 (an IPv4 /24 is stored as /120). */
  prefix: number;
}

/** Parses `10.0.0.0/8`, `2001:db8::/32`, or a bare address (a range of one); null when malformed. */
export function parseCidr(text: string): Cidr | null {
  const [addressText = '', prefixText, ...rest] = text.trim().split('/');
  if (rest.length > 0) return null;
  const kind = isIP(addressText);
  const bytes = parseAddress(addressText);
  if (!bytes) return null;
  const width = kind === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? width : Number(prefixText);
  if (prefix > width) return null;
  return { text: text.trim(), bytes, prefix: kind === 4 ? prefix + 96 : prefix };
}

/** An IPv4 or IPv6 address as 16 bytes (IPv4 mapped into ::ffff:0:0/96); null when not an address. */
export function parseAddress(text: string): Uint8Array | null {
  // A zone index (fe80::1%eth0) names an interface, not part of the address.
  const address = text.split('%')[0] ?? '';
  const kind = isIP(address);
  if (kind === 4) {
    const bytes = new Uint8Array(16);
    bytes[10] = 0xff;
    bytes[11] = 0xff;
    bytes.set(address.split('.').map(Number), 12);
    return bytes;
  }
  if (kind === 6) return parseIpv6(address);
  return null;
}

function parseIpv6(address: string): Uint8Array {
  let text = address;
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes its two 16-bit groups.
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    const [a = 0, b = 0, c = 0, d = 0] = text
      .slice(lastColon + 1)
      .split('.')
      .map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [headText = '', tailText] = text.split('::');
  const head = headText === '' ? [] : headText.split(':');
  const tail = tailText === undefined || tailText === '' ? [] : tailText.split(':');
  const groups = [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((group, index) => {
    const value = Number.parseInt(group, 16);
    bytes[index * 2] = value >> 8;
    bytes[index * 2 + 1] = value & 0xff;
  });
  return bytes;
}

/** True when the address falls inside the range. */
export function cidrContains(cidr: Cidr, address: Uint8Array): boolean {
  const fullBytes = Math.floor(cidr.prefix / 8);
  for (let i = 0; i < fullBytes; i++) if (cidr.bytes[i] !== address[i]) return false;
  const restBits = cidr.prefix % 8;
  if (restBits === 0) return true;
  const mask = (0xff << (8 - restBits)) & 0xff;
  return ((cidr.bytes[fullBytes] ?? 0) & mask) === ((address[fullBytes] ?? 0) & mask);
}

/** True when the address text parses and falls inside any of the ranges. */
export function isAddressInAny(addressText: string, ranges: readonly Cidr[]): boolean {
  const address = parseAddress(addressText);
  return address !== null && ranges.some((range) => cidrContains(range, address));
}
