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
  [ipv4("10.0.0.0"), 8],
  [ipv4("172.16.0.0"), 12],
  [ipv4("192.168.0.0"), 16],
  [ipv4("100.64.0.0"), 10],
  [ipv4("127.0.0.0"), 8],
  [ipv4("169.254.0.0"), 16],
];

/** Judges one value of an `IpAddress` condition on aws:SourceIp, such as `203.0.113.0/24`. */
export function judgeSourceIpRange(value: string): SourceIpRange {
  const [address = "", prefixText] = value.trim().split("/");
  const version = address.includes(":") ? 6 : 4;
  const maxPrefix = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? maxPrefix : Number(prefixText);

  if (!Number.isInteger(prefix) || prefix < 0 || prefix > maxPrefix) {
    return { value, open: true, reason: `${value} is not a valid CIDR range.` };
  }

  if (version === 4) {
    return judgeIpv4(value, address, prefix);
  }

  return judgeIpv6(value, address, prefix);
}

function judgeIpv4(value: string, address: string, prefix: number): SourceIpRange {
  const start = ipv4(address);

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
  const firstGroup = ipv6FirstGroup(address);

  if (firstGroup === undefined) {
    return { value, open: true, reason: `${value} is not a valid IPv6 CIDR range.` };
  }

  // fc00::/7 contains the unique local addresses and fe80::/10 the link-local ones, and neither is routed.
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

/** Converts dotted IPv4 text to an unsigned 32-bit number, or NaN when it is not an address. */
function ipv4(address: string): number {
  const octets = address.split(".");

  if (
    octets.length !== 4 ||
    !octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  ) {
    return Number.NaN;
  }

  return octets.reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

function sameNetwork(address: number, network: number, length: number): boolean {
  const size = 2 ** (32 - length);
  return Math.floor(address / size) === Math.floor(network / size);
}

/** Returns the first 16-bit group of an IPv6 address, or undefined when the text is not one. */
function ipv6FirstGroup(address: string): number | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(address) || address.split("::").length > 2) {
    return undefined;
  }

  if (address.startsWith("::")) {
    return 0;
  }

  const first = address.split(":")[0] ?? "";

  if (!/^[0-9a-fA-F]{1,4}$/.test(first)) {
    return undefined;
  }

  return Number.parseInt(first, 16);
}
