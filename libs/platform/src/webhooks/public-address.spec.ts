import { describe, expect, it } from 'vitest';
import { AddressPolicy } from './public-address.js';

describe('AddressPolicy', () => {
  const strict = new AddressPolicy([]);

  it('lets public addresses through and refuses private, loopback, link-local and unique-local ones', () => {
    expect(strict.refusal('93.184.216.34')).toBeNull();
    expect(strict.refusal('2606:2800:220:1:248:1893:25c8:1946')).toBeNull();
    for (const ip of [
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '127.0.0.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
      '::1',
      'fd00::1',
      'fe80::1',
    ]) {
      expect(strict.refusal(ip), ip).toMatch(/ is a \w+ address$/);
    }
  });

  it('sees through IPv4 addresses written as IPv6', () => {
    expect(strict.refusal('::ffff:127.0.0.1')).toBe('::ffff:127.0.0.1 is a loopback address');
    expect(strict.refusal('::ffff:93.184.216.34')).toBeNull();
  });

  it('lets through the addresses and ranges an operator allowed, and no others', () => {
    const allowed = new AddressPolicy(['127.0.0.1', '10.20.0.0/16']);
    expect(allowed.refusal('127.0.0.1')).toBeNull();
    expect(allowed.refusal('10.20.30.40')).toBeNull();
    expect(allowed.refusal('127.0.0.2')).not.toBeNull();
    expect(allowed.refusal('10.21.0.1')).not.toBeNull();
    expect(allowed.refusal('::1')).not.toBeNull();
  });

  it('checks host names by what they resolve to', async () => {
    expect(await strict.check('localhost')).toMatch(/^localhost resolves to .* loopback address$/);
    expect(await strict.check('[::1]')).toBe('::1 is a loopback address');
    expect(await strict.check('no-such-host.invalid')).toBe('no-such-host.invalid does not resolve');
  });
});
