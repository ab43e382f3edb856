import { describe, expect, test } from "vitest";

import { findManagedFullAccess } from "../../../src/policy/managed-policies.js";

const FULL_ACCESS = [
  "arn:aws:iam::aws:policy/AdministratorAccess",
  "arn:aws:iam::aws:policy/AdministratorAccess-Amplify",
  "arn:aws:iam::aws:policy/PowerUserAccess",
  "arn:aws:iam::aws:policy/IAMFullAccess",
  "arn:aws:iam::aws:policy/AmazonSQSFullAccess",
  "arn:aws:iam::aws:policy/AWSLambda_FullAccess",
  "arn:aws:iam::aws:policy/job-function/SystemAdministrator",
  "arn:aws-us-gov:iam::aws:policy/AmazonS3FullAccess",
  "AmazonDynamoDBFullAccess",
];

const NOT_FULL_ACCESS = [
  "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
  "arn:aws:iam::aws:policy/ReadOnlyAccess",
  "arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess",
  "arn:aws:iam::111122223333:policy/ExampleFullAccess",
];

describe("findManagedFullAccess", () => {
  for (const policy of FULL_ACCESS) {
    test(`${policy} is full access`, () => {
      expect(findManagedFullAccess([policy])).toHaveLength(1);
    });
  }

  for (const policy of NOT_FULL_ACCESS) {
    test(`${policy} is not full access`, () => {
      expect(findManagedFullAccess([policy])).toEqual([]);
    });
  }

  test("reason names the policy", () => {
    expect(findManagedFullAccess(["IAMFullAccess"])[0]?.reason).toContain("IAMFullAccess");
  });
});
