import { describe, expect, it } from 'vitest';
import { isAddressInAny, parseCidr, type Cidr } from '../../../relay/src/net/parse-cidr';

const ranges = (...texts: string[]): Cidr[] => texts.map((text) => parseCidr(text) ?? expect.unreachable(`bad range ${text}`));

describe('parseCidr and isAddressInAny', () => {
  it('matches IPv4 addresses against IPv4 ranges at any prefix length', () => {
    expect(isAddressInAny('10.200.3.4', ranges('10.0.0.0/8'))).toBe(true);
    expect(isAddressInAny('11.0.0.1', ranges('10.0.0.0/8'))).toBe(false);
    expect(isAddressInAny('192.168.1.130', ranges('192.168.1.128/25'))).toBe(true);
    expect(isAddressInAny('192.168.1.127', ranges('192.168.1.128/25'))).toBe(false);
    expect(isAddressInAny('34.74.90.64', ranges('34.74.90.64/28'))).toBe(true);
    expect(isAddressInAny('34.74.90.80', ranges('34.74.90.64/28'))).toBe(false);
    expect(isAddressInAny('8.8.8.8', ranges('0.0.0.0/0'))).toBe(true);
  });

  it('treats a bare address as a range of one', () => {
    expect(isAddressInAny('127.0.0.1', ranges('127.0.0.1'))).toBe(true);
    expect(isAddressInAny('127.0.0.2', ranges('127.0.0.1'))).toBe(false);
    expect(isAddressInAny('::1', ranges('::1'))).toBe(true);
  });

  it('matches IPv6 addresses, compressed or not, against IPv6 ranges', () => {
    expect(isAddressInAny('2001:db8::1', ranges('2001:db8::/32'))).toBe(true);
    expect(isAddressInAny('2001:0db8:0000:0000:0000:0000:0000:0001', ranges('2001:db8::/32'))).toBe(true);
    expect(isAddressInAny('2001:db9::1', ranges('2001:db8::/32'))).toBe(false);
    expect(isAddressInAny('fe80::1%eth0', ranges('fe80::/10'))).toBe(true);
  });

  it('matches the IPv4-mapped IPv6 form of an address against an IPv4 range, and the other way round', () => {
    expect(isAddressInAny('::ffff:10.1.2.3', ranges('10.0.0.0/8'))).toBe(true);
    expect(isAddressInAny('::ffff:a01:203', ranges('10.0.0.0/8'))).toBe(true);
    expect(isAddressInAny('::ffff:11.1.2.3', ranges('10.0.0.0/8'))).toBe(false);
    expect(isAddressInAny('10.1.2.3', ranges('::ffff:10.0.0.0/104'))).toBe(true);
  });

  it('does not let an IPv4 range match unrelated IPv6 addresses', () => {
    expect(isAddressInAny('::10.1.2.3', ranges('10.0.0.0/8'))).toBe(false);
    expect(isAddressInAny('2001:db8::a01:203', ranges('10.0.0.0/8'))).toBe(false);
  });

  it('rejects malformed ranges and never matches a malformed address', () => {
    for (const text of ['10.0.0.0/33', '2001:db8::/129', '10.0.0/8', 'example.com', '10.0.0.0/8/1', '10.0.0.0/x', '']) expect(parseCidr(text), text).toBeNull();
    expect(isAddressInAny('not-an-address', ranges('0.0.0.0/0'))).toBe(false);
  });
});
