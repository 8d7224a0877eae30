import ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { lookup as lookupCallback } from 'node:dns';

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * Which addresses webhook endpoints may reach: public unicast addresses, and the private, loopback or
 * link-local ones an operator allowed (WEBHOOK_ALLOWED_PRIVATE_ADDRESSES). Refusing the rest keeps a
 * workspace from making the service call its own network (SSRF).
 */
export class AddressPolicy {
  private readonly allowed: Range[];

  constructor(allowed: string[]) {
    this.allowed = allowed.map((entry) => (entry.includes('/') ? ipaddr.parseCIDR(entry) : single(ipaddr.parse(entry))));
  }

  /** Why this address may not be reached, or null when it may. */
  refusal(address: string): string | null {
    if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
    let ip = ipaddr.parse(address);
    if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
    const range = ip.range();
    if (range === 'unicast') return null;
    if (this.allowed.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return null;
    return `${address} is a ${range} address`;
  }

  /** Resolves a host name and refuses it when any of its addresses may not be reached. */
  async check(hostname: string): Promise<string | null> {
    const host = hostname.replace(/^\[|\]$/g, '');
    if (ipaddr.isValid(host)) return this.refusal(host);
    let addresses: { address: string }[];
    try {
      addresses = await lookup(host, { all: true });
    } catch {
      return `${host} does not resolve`;
    }
    for (const { address } of addresses) {
      const why = this.refusal(address);
      if (why) return `${host} resolves to ${why}`;
    }
    return null;
  }

  /** A `lookup` for http.request that refuses forbidden addresses when connecting (no DNS rebinding between check and use). */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    lookupCallback(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const refused = list.map((a) => this.refusal(a.address)).find(Boolean);
      if (refused)
        return callback(Object.assign(new Error(`refused: ${hostname} resolves to ${refused}`), { code: 'EADDRREFUSED' }), '', 0);
      if (options.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

function single(ip: ipaddr.IPv4 | ipaddr.IPv6): Range {
  return [ip, ip.kind() === 'ipv4' ? 32 : 128];
}
