import { describe, expect, it } from 'vitest';
import { parseCidr, type Cidr } from '../../../relay/src/net/parse-cidr';
import { resolveClientAddress } from '../../../relay/src/net/resolve-client-address';

const proxies: Cidr[] = ['127.0.0.1', '10.0.0.0/8'].map((text) => parseCidr(text) ?? expect.unreachable());

describe('resolveClientAddress', () => {
  it('uses the peer address when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.5', '10.9.9.9', proxies)).toBe('203.0.113.5');
  });

  it('uses the peer address when a trusted proxy sends no X-Forwarded-For', () => {
    expect(resolveClientAddress('127.0.0.1', undefined, proxies)).toBe('127.0.0.1');
  });

  it('takes the right-most address that is not a trusted proxy, so a forged left part is ignored', () => {
    expect(resolveClientAddress('127.0.0.1', '10.1.1.1, 198.51.100.7, 10.2.2.2', proxies)).toBe('198.51.100.7');
    expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.7', proxies)).toBe('198.51.100.7');
  });

  it('falls back to the left-most hop when every hop is a trusted proxy', () => {
    expect(resolveClientAddress('127.0.0.1', '10.1.1.1, 10.2.2.2', proxies)).toBe('10.1.1.1');
  });
});
