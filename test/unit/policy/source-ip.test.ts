import { describe, expect, test } from "vitest";

import { judgeSourceIpRange } from "../../../src/policy/source-ip.js";

const OPEN = [
  "0.0.0.0/0",
  "3.0.0.0/8",
  "52.0.0.0/15",
  "::/0",
  "2001:db8::/32",
  "10.0.0.0/7",
  "not-an-address",
  "203.0.113.0/33",
  "300.1.2.3/32",
  "8.0.0.0/0x10",
  "8.0.0.0/16 ",
  " 10.0.0.0/8",
  "10.0.0.0/ 8",
  "10.0.0.0/",
  "::ffff:0.0.0.0/96",
  "::ffff:0:0/96",
  "::/64",
  "::ffff:3.0.0.0/104",
  "1::2::3/128",
  "1.2.3.4::/128",
  "fe80::1%eth0/64",
  "1:2:3:4:5:6:7:8:9/128",
];

const RESTRICTED = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.1.0/24",
  "100.64.0.0/10",
  "52.94.0.0/16",
  "203.0.113.7",
  "2001:db8:1234::/48",
  "fd00::/8",
  "fe80::1/64",
  "::ffff:10.0.0.0/104",
  "::ffff:203.0.113.0/120",
  "::ffff:192.168.1.1",
  "2001:db8:0:0:0:0:0:1/128",
  "2001:db8::203.0.113.1/128",
];

describe("judgeSourceIpRange", () => {
  for (const range of OPEN) {
    test(`${range} is open`, () => {
      expect(judgeSourceIpRange(range).open).toBe(true);
    });
  }

  for (const range of RESTRICTED) {
    test(`${range} restricts`, () => {
      expect(judgeSourceIpRange(range).open).toBe(false);
    });
  }

  test("reason names the mapped IPv4 range", () => {
    expect(judgeSourceIpRange("::ffff:0.0.0.0/96").reason).toContain("every IPv4 address");
  });

  test("reason names the range", () => {
    expect(judgeSourceIpRange("3.0.0.0/8").reason).toContain("3.0.0.0/8");
  });
});
