/** Converts dotted IPv4 text to an unsigned 32-bit number, or NaN when it is not an address. */
export function parseIpv4(address: string): number {
  const octets = address.split(".");

  if (
    octets.length !== 4 ||
    !octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  ) {
    return Number.NaN;
  }

  return octets.reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

/**
 * Converts IPv6 text (RFC 4291 section 2.2: eight groups, at most one `::`, and an optional
 * dotted IPv4 address in the last 32 bits) to a 128-bit number, or undefined when it is not one.
 * Zone ids such as `%eth0` are rejected because a policy cannot use them.
 */
export function parseIpv6(address: string): bigint | undefined {
  const halves = address.split("::");

  if (halves.length > 2) {
    return undefined;
  }

  const compressed = halves.length === 2;
  const head = parseGroups(halves[0] ?? "", !compressed);
  const tail = compressed ? parseGroups(halves[1] ?? "", true) : [];

  if (head === undefined || tail === undefined) {
    return undefined;
  }

  const missing = 8 - head.length - tail.length;

  if (compressed ? missing < 1 : missing !== 0) {
    return undefined;
  }

  const groups = [...head, ...Array<number>(compressed ? missing : 0).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/** True when the first `length` bits of two 128-bit addresses are equal. */
export function sameIpv6Network(address: bigint, network: bigint, length: number): boolean {
  const shift = BigInt(128 - length);
  return address >> shift === network >> shift;
}

/** Reads colon-separated hex groups; the last may be a dotted IPv4 address when `lastPart` is true. */
function parseGroups(text: string, lastPart: boolean): number[] | undefined {
  if (text === "") {
    return [];
  }

  const parts = text.split(":");
  const groups: number[] = [];

  for (const [index, part] of parts.entries()) {
    if (lastPart && index === parts.length - 1 && part.includes(".")) {
      const ipv4 = parseIpv4(part);

      if (Number.isNaN(ipv4)) {
        return undefined;
      }

      groups.push(Math.floor(ipv4 / 0x10000), ipv4 % 0x10000);
      continue;
    }

    if (!/^[0-9A-Fa-f]{1,4}$/.test(part)) {
      return undefined;
    }

    groups.push(Number.parseInt(part, 16));
  }

  return groups;
}
