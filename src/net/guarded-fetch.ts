/**
 * The one way the gateway reads a user's URL (for example a video's content type and size before
 * TikTok's long upload). It refuses what would let a caller reach the gateway's own network:
 * - hosts that are, or resolve to, anything but public unicast addresses (loopback, private,
 *   link-local, unique-local, CGNAT, multicast, reserved...), classified by ipaddr.js; the check
 *   sits in the socket's own DNS lookup, so the address checked is the address connected to (no
 *   DNS-rebinding gap between a check and the connect);
 * - plain http, unless the operator allows it;
 * - more than a bounded number of redirects, each hop checked again;
 * - bodies over a byte cap, and answers slower than a time cap.
 * An operator can allow private addresses and http (ADGATE_FETCH_ALLOW_PRIVATE, ADGATE_FETCH_ALLOW_HTTP).
 */
import dns, { type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

export interface FetchPolicy {
  /** true: any address; a list: these CIDR ranges beside the public ones (e.g. `10.1.0.0/16`). */
  allowPrivate: boolean | string[];
  allowHttp: boolean;
  maxRedirects: number;
  timeoutMs: number;
}

export type RefusalReason =
  | 'invalid_url'
  | 'scheme'
  | 'private_address'
  | 'unresolvable'
  | 'too_many_redirects'
  | 'too_large'
  | 'timeout'
  | 'unreachable'
  | 'http_status';

/** A URL the fetcher would not, or could not, read; the message says what is wrong with the URL. */
export class FetchRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'FetchRefused';
  }
}

export interface Fetched {
  /** The URL finally read, after redirects. */
  url: string;
  status: number;
  contentType: string;
  /** Content-Length as the server declared it, if it did. */
  declaredSize: number | undefined;
  body: Buffer;
  /** False when `peek` stopped reading at the byte cap. */
  complete: boolean;
}

export interface FetchOptions {
  maxBytes: number;
  /** Read only the first `maxBytes` and stop, instead of refusing a longer body. */
  peek?: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * IPv4-compatible IPv6 (`::a.b.c.d`, RFC 4291 §2.5.5.1, deprecated): ipaddr.js calls `::7f00:1`
 * unicast, but a stack that still maps it would reach the embedded IPv4 address, so it is never public.
 */
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

/** The ipaddr.js range of an address: `unicast` is the only public one. */
export function rangeOf(address: string): string {
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === 'unicast' && parsed.kind() === 'ipv6' && parsed.match(IPV4_COMPATIBLE))
    return 'ipv4Compatible';
  return range;
}

/** Whether the policy lets the fetcher connect to this address. */
export function addressAllowed(address: string, allow: FetchPolicy['allowPrivate']): boolean {
  if (allow === true) return true;
  if (rangeOf(address) === 'unicast') return true;
  const parsed = ipaddr.process(address);
  if (allow === false) return false;
  return allow.some((cidr) => {
    const range = ipaddr.parseCIDR(cidr);
    return range[0].kind() === parsed.kind() && parsed.match(range);
  });
}

class BlockedAddress extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(`${host} resolves to ${address} (${range})`);
  }
}

function guardedLookup(allowPrivate: FetchPolicy['allowPrivate']): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      // Every address the name has must be allowed: the socket may connect to any of them.
      const blocked = addresses.find((entry) => !addressAllowed(entry.address, allowPrivate));
      if (blocked) {
        return callback(new BlockedAddress(hostname, blocked.address, rangeOf(blocked.address)), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

export class GuardedFetcher {
  constructor(private readonly policy: FetchPolicy) {}

  async get(url: string, options: FetchOptions): Promise<Fetched> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.policy.timeoutMs);
    try {
      let current = url;
      for (let hop = 0; ; hop++) {
        const target = this.check(current);
        const response = await this.open(target, controller.signal, current);
        const location = response.headers.location;
        if (REDIRECTS.has(response.statusCode ?? 0) && location) {
          response.destroy();
          if (hop >= this.policy.maxRedirects) {
            throw new FetchRefused(
              'too_many_redirects',
              url,
              `${url} redirects more than ${this.policy.maxRedirects} times; give the file's final URL.`,
            );
          }
          current = nextHop(location, target, url);
          continue;
        }
        return await this.read(response, current, options, controller.signal);
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** The URL parsed, its scheme allowed, and an IP-literal host checked (those skip the DNS lookup). */
  private check(raw: string): URL {
    let target: URL;
    try {
      target = new URL(raw);
    } catch {
      throw new FetchRefused('invalid_url', raw, `${raw} is not a valid URL.`);
    }
    const allowed = this.policy.allowHttp ? ['https:', 'http:'] : ['https:'];
    if (!allowed.includes(target.protocol)) {
      throw new FetchRefused(
        'scheme',
        raw,
        `${raw} must use https:// (got ${target.protocol}); only https URLs are read.`,
      );
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (net.isIP(host) && !addressAllowed(host, this.policy.allowPrivate)) {
      throw privateRefusal(raw, host, host, rangeOf(host));
    }
    return target;
  }

  private open(target: URL, signal: AbortSignal, raw: string): Promise<IncomingMessage> {
    const client = target.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = client.get(target, {
        agent: false,
        lookup: guardedLookup(this.policy.allowPrivate),
        headers: { 'user-agent': 'adgate', accept: '*/*' },
        signal,
      });
      request.on('response', resolve);
      request.on('error', (error) => reject(this.explain(error, raw, signal)));
    });
  }

  private read(
    response: IncomingMessage,
    raw: string,
    options: FetchOptions,
    signal: AbortSignal,
  ): Promise<Fetched> {
    const status = response.statusCode ?? 0;
    const declared = response.headers['content-length'];
    const declaredSize = declared === undefined ? undefined : Number(declared);
    if (status < 200 || status > 299) {
      response.destroy();
      return Promise.reject(new FetchRefused('http_status', raw, `${raw} answered HTTP ${status}.`));
    }
    if (!options.peek && declaredSize !== undefined && declaredSize > options.maxBytes) {
      response.destroy();
      return Promise.reject(tooLarge(raw, options.maxBytes));
    }
    const base = { url: raw, status, contentType: response.headers['content-type'] ?? '', declaredSize };
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let length = 0;
      response.on('data', (chunk: Buffer) => {
        length += chunk.length;
        chunks.push(chunk);
        if (length <= options.maxBytes) return;
        response.destroy();
        if (!options.peek) return reject(tooLarge(raw, options.maxBytes));
        resolve({ ...base, body: Buffer.concat(chunks).subarray(0, options.maxBytes), complete: false });
      });
      response.on('end', () => resolve({ ...base, body: Buffer.concat(chunks), complete: true }));
      response.on('error', (error) => reject(this.explain(error, raw, signal)));
    });
  }

  private explain(error: unknown, raw: string, signal: AbortSignal): FetchRefused {
    if (error instanceof FetchRefused) return error;
    if (error instanceof BlockedAddress) return privateRefusal(raw, error.host, error.address, error.range);
    if (signal.aborted) {
      return new FetchRefused('timeout', raw, `${raw} did not answer within ${this.policy.timeoutMs} ms.`);
    }
    const code = (error as { code?: string }).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return new FetchRefused('unresolvable', raw, `The host of ${raw} does not resolve.`);
    }
    return new FetchRefused('unreachable', raw, `${raw} could not be read (${code ?? String(error)}).`);
  }
}

/** ipaddr.js's range names in words a user reads (the rest are plain words already). */
const RANGE_WORDS: Record<string, string> = {
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT',
  ipv4Mapped: 'IPv4-mapped',
  ipv4Compatible: 'IPv4-compatible',
  rfc6052: 'NAT64 (RFC 6052)',
  rfc6145: 'IPv4-translated (RFC 6145)',
  '6to4': '6to4',
  teredo: 'Teredo',
};

function privateRefusal(raw: string, host: string, address: string, range: string): FetchRefused {
  const where = host === address ? address : `${host} (${address})`;
  return new FetchRefused(
    'private_address',
    raw,
    `${raw} points at ${where}, in the ${RANGE_WORDS[range] ?? range} range; only public addresses are read. An operator can allow private ones with ADGATE_FETCH_ALLOW_PRIVATE=true.`,
  );
}

/** The redirect's target, resolved against the hop that sent it; a Location no URL parser reads is refused. */
function nextHop(location: string, from: URL, original: string): string {
  try {
    return new URL(location, from).toString();
  } catch {
    throw new FetchRefused(
      'invalid_url',
      original,
      `${original} redirects to ${location}, which is not a valid URL; give the file's final URL.`,
    );
  }
}

function tooLarge(raw: string, maxBytes: number): FetchRefused {
  return new FetchRefused('too_large', raw, `The file at ${raw} is larger than ${maxBytes} bytes.`);
}
