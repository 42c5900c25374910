import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { Message } from '../i18n/messages.js';
import { webhookMessages as m } from './webhook.messages.js';

/**
 * Where webhooks may be sent, against server-side request forgery. In production: https only,
 * and every address the host name resolves to must be a public unicast address (no loopback,
 * private, link-local, unique-local, carrier-grade NAT, multicast or reserved one, IPv4-mapped
 * ones included). Outside production, plain http and any address are allowed, so a partner can
 * try a receiver on their own machine. Checked when an endpoint is registered or changed, and
 * again on every delivery, with the connection made to the very address that was checked, so a
 * name that resolves elsewhere later (DNS rebinding) gains nothing.
 */
export interface AddressPolicy {
  production: boolean;
}

/** An address a production server may send to; null when allowed, else why not. */
export function addressProblem(address: string): Message | null {
  if (!ipaddr.isValid(address)) return m.notAnAddress({ address });
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast' ? null : m.addressNotPublic({ address });
}

/** What is wrong with a URL itself, before any name is resolved; null when nothing. */
export function urlProblem(url: string, policy: AddressPolicy): Message | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return m.notAUrl();
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return m.notAUrl();
  if (parsed.protocol === 'http:' && policy.production) return m.httpsOnly();
  if (parsed.username || parsed.password) return m.noCredentialsInUrl();
  return null;
}

/** The URL's host name resolved, every address checked; the problem of the first refused one. */
export async function resolvedProblem(url: string, policy: AddressPolicy): Promise<Message | null> {
  const problem = urlProblem(url, policy);
  if (problem || !policy.production) return problem;
  try {
    await checkedAddresses(hostOf(url));
    return null;
  } catch (error) {
    if (error instanceof RefusedAddress) return error.problem;
    return m.hostNotFound({ host: hostOf(url) });
  }
}

type Resolved = { address: string; family: number };

export class RefusedAddress extends Error {
  constructor(readonly problem: Message) {
    super(problem.render('en'));
  }
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^\[|\]$/g, '');
}

/** Every address of a host, all of them public, else a RefusedAddress naming the first one not. */
async function checkedAddresses(host: string): Promise<Resolved[]> {
  const addresses = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }]
    : await lookup(host, { all: true, verbatim: true });
  for (const { address } of addresses) {
    const problem = addressProblem(address);
    if (problem) throw new RefusedAddress(problem);
  }
  return addresses;
}

/**
 * A `lookup` for http(s).request that resolves the name once, refuses it unless every address
 * is allowed, and hands the socket the first of the checked addresses.
 */
export function checkedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    const host = hostname.replace(/^\[|\]$/g, '');
    const resolved: Promise<Resolved[]> = policy.production
      ? checkedAddresses(host)
      : ipaddr.isValid(host)
        ? Promise.resolve([{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }])
        : lookup(host, { all: true, verbatim: true });
    resolved.then(
      (addresses: Resolved[]) => {
        const [first] = addresses;
        if (!first) {
          callback(
            Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' }),
            '',
            4,
          );
          return;
        }
        if ((options as { all?: boolean }).all) {
          (callback as unknown as (error: null, all: Resolved[]) => void)(null, addresses);
        } else callback(null, first.address, first.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
}
