import { parseIpv4, parseIpv6, sameIpv6Network } from "./ip-address.js";

/** Judgement of one `aws:SourceIp` range: whether it is wide enough to count as open to the internet. */
export interface SourceIpRange {
  value: string;
  /** True when the range admits so many internet addresses that it does not restrict callers. */
  open: boolean;
  reason: string;
}

/**
 * Narrowest prefix length at which a public range still counts as open. S3 does not publish the
 * width at which it calls an aws:SourceIp range public, so these thresholds are this project's
 * choice: an IPv4 /16 (65,536 addresses) and an IPv6 /48 (one site's allocation) are the widest
 * ranges that a single organisation plausibly owns.
 */
const MIN_PUBLIC_IPV4_PREFIX = 16;
const MIN_PUBLIC_IPV6_PREFIX = 48;

/**
 * Ranges that are not routed on the internet, so any CIDR inside them restricts callers to a
 * private network (RFC 1918, shared address space RFC 6598, loopback, link-local).
 */
const PRIVATE_IPV4: readonly [number, number][] = [
  [parseIpv4("10.0.0.0"), 8],
  [parseIpv4("172.16.0.0"), 12],
  [parseIpv4("192.168.0.0"), 16],
  [parseIpv4("100.64.0.0"), 10],
  [parseIpv4("127.0.0.0"), 8],
  [parseIpv4("169.254.0.0"), 16],
];

/** The IPv4-mapped IPv6 range ::ffff:0:0/96 (RFC 4291 section 2.5.5.2), one address per IPv4 address. */
const IPV4_MAPPED_NETWORK = 0xffffn << 32n;
const IPV4_MAPPED_PREFIX = 96;

/** An address, optionally followed by `/` and a decimal prefix length, without white space. */
const CIDR = /^([^/\s]+)(?:\/(\d{1,3}))?$/;

/** Judges one value of an `IpAddress` condition on aws:SourceIp, such as `203.0.113.0/24`. */
export function judgeSourceIpRange(value: string): SourceIpRange {
  const match = CIDR.exec(value);
  const address = match?.[1] ?? "";
  const version = address.includes(":") ? 6 : 4;
  const maxPrefix = version === 4 ? 32 : 128;
  const prefix = match?.[2] === undefined ? maxPrefix : Number(match[2]);

  // "0x10" is not a decimal prefix length, so it is not read as 16. Surrounding white space is
  // not trimmed either, because AWS documents no trimming of condition values.
  if (match === null || prefix > maxPrefix) {
    return { value, open: true, reason: `${JSON.stringify(value)} is not a valid CIDR range.` };
  }

  if (version === 4) {
    return judgeIpv4(value, parseIpv4(address), prefix);
  }

  return judgeIpv6(value, address, prefix);
}

function judgeIpv4(value: string, start: number, prefix: number): SourceIpRange {
  if (Number.isNaN(start)) {
    return { value, open: true, reason: `${value} is not a valid IPv4 CIDR range.` };
  }

  const isPrivate = PRIVATE_IPV4.some(
    ([network, length]) => prefix >= length && sameNetwork(start, network, length),
  );

  if (isPrivate) {
    return { value, open: false, reason: `${value} lies in a private address range.` };
  }

  if (prefix < MIN_PUBLIC_IPV4_PREFIX) {
    return {
      value,
      open: true,
      reason: `${value} spans ${2 ** (32 - prefix)} public addresses, wider than a /${MIN_PUBLIC_IPV4_PREFIX}.`,
    };
  }

  return {
    value,
    open: false,
    reason: `${value} is a public range of /${MIN_PUBLIC_IPV4_PREFIX} or narrower.`,
  };
}

function judgeIpv6(value: string, address: string, prefix: number): SourceIpRange {
  const start = parseIpv6(address);

  if (start === undefined) {
    return { value, open: true, reason: `${value} is not a valid IPv6 CIDR range.` };
  }

  const mapped = judgeIpv4Mapped(value, start, prefix);
  if (mapped !== undefined) {
    return mapped;
  }

  // fc00::/7 contains the unique local addresses and fe80::/10 the link-local ones, and neither is routed.
  const firstGroup = Number(start >> 112n);
  const isUniqueLocal = prefix >= 7 && (firstGroup & 0xfe00) === 0xfc00;
  const isLinkLocal = prefix >= 10 && (firstGroup & 0xffc0) === 0xfe80;

  if (isUniqueLocal || isLinkLocal) {
    return { value, open: false, reason: `${value} lies in a private address range.` };
  }

  if (prefix < MIN_PUBLIC_IPV6_PREFIX) {
    return {
      value,
      open: true,
      reason: `${value} is a public range wider than a /${MIN_PUBLIC_IPV6_PREFIX}.`,
    };
  }

  return {
    value,
    open: false,
    reason: `${value} is a public range of /${MIN_PUBLIC_IPV6_PREFIX} or narrower.`,
  };
}

/**
 * Judges a range that contains or lies inside ::ffff:0:0/96, whose addresses stand for IPv4
 * addresses: `::ffff:0.0.0.0/96` admits every IPv4 caller, and `::ffff:10.0.0.0/104` is 10.0.0.0/8.
 * Returns undefined for a range that does not touch it.
 */
function judgeIpv4Mapped(value: string, start: bigint, prefix: number): SourceIpRange | undefined {
  if (prefix <= IPV4_MAPPED_PREFIX) {
    return sameIpv6Network(start, IPV4_MAPPED_NETWORK, prefix)
      ? {
          value,
          open: true,
          reason: `${value} contains the IPv4-mapped range ::ffff:0:0/96, so it admits every IPv4 address.`,
        }
      : undefined;
  }

  if (!sameIpv6Network(start, IPV4_MAPPED_NETWORK, IPV4_MAPPED_PREFIX)) {
    return undefined;
  }

  return judgeIpv4(value, Number(start & 0xffffffffn), prefix - IPV4_MAPPED_PREFIX);
}

function sameNetwork(address: number, network: number, length: number): boolean {
  const size = 2 ** (32 - length);
  return Math.floor(address / size) === Math.floor(network / size);
}
