import { describe, expect, it } from "vitest";
import { bucketNameFromDomain } from "../../../../src/checks/s3/log-destinations.js";

describe("bucketNameFromDomain", () => {
  it.each([
    ["example-logs.s3.amazonaws.com", "example-logs"],
    ["example-logs.s3.eu-west-1.amazonaws.com", "example-logs"],
    ["example.logs.s3.amazonaws.com", "example.logs"],
    ["example-logs", "example-logs"],
  ])("reads %s as %s", (domain, name) => {
    expect(bucketNameFromDomain(domain)).toBe(name);
  });
});
