import { Command, InvalidArgumentError, Option } from "commander";
import { isRegionName } from "./aws/regions.js";
import type { Severity } from "./checks/check.js";
import { DEFAULT_REQUIRED_MANAGED_RULE_GROUPS, type CheckSettings } from "./checks/settings.js";

export type FailOn = Exclude<Severity, "info"> | "none";

export interface AuditCommandOptions {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  sessionName: string;
  region: string[];
  endpointUrl?: string;
  maxAttempts: number;
  concurrency: number;
  verbose?: boolean;
  tui: boolean;
  json?: string;
  sarif?: string;
  sarifArtifact?: string;
  junit?: string;
  markdown?: string;
  suppressions?: string;
  baseline?: string;
  failOnNew?: boolean;
  failOnError: boolean;
  saveInventory?: string;
  inventory?: string;
  failOn: FailOn;
  publicPath: string[];
  requiredRuleGroup?: string[];
  trustedAccount: string[];
  threatModel?: string;
  mapping?: string;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

function parseRegion(value: string, previous: string[] = []): string[] {
  if (!isRegionName(value)) {
    throw new InvalidArgumentError(
      `"${value}" is not a region of the aws partition; use a name such as eu-west-1 ` +
        "(China, GovCloud and ISO regions are not supported).",
    );
  }
  return [...previous, value];
}

function repeatable(parse: (value: string) => string) {
  return (value: string, previous: string[] = []): string[] => [...previous, parse(value)];
}

function parseSessionName(value: string): string {
  // STS accepts 2 to 64 characters of letters, digits and + = , . @ - _ in RoleSessionName.
  if (!/^[\w+=,.@-]{2,64}$/.test(value)) {
    throw new InvalidArgumentError(
      `"${value}" is not a valid role session name; use 2 to 64 letters, digits or + = , . @ - _.`,
    );
  }
  return value;
}

function parseAccountId(value: string): string {
  if (!/^\d{12}$/.test(value)) {
    throw new InvalidArgumentError(`"${value}" is not an AWS account id; expected 12 digits.`);
  }
  return value;
}

function parseRuleGroupName(value: string): string {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(value)) {
    throw new InvalidArgumentError(
      `"${value}" is not a managed rule group name; expected e.g. AWSManagedRulesCommonRuleSet.`,
    );
  }
  return value;
}

function parsePathPattern(value: string): string {
  if (value.length === 0 || value.length > 128) {
    throw new InvalidArgumentError(
      `"${value}" is not an ALB path pattern; expected 1 to 128 characters such as /health or /static/*.`,
    );
  }
  return value;
}

function parsePositiveInteger(name: string, max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > max) {
      throw new InvalidArgumentError(
        `"${value}" is not a whole number from 1 to ${max} for ${name}.`,
      );
    }
    return number;
  };
}

function parseRoleArn(value: string): string {
  if (!ROLE_ARN.test(value)) {
    throw new InvalidArgumentError(
      `"${value}" is not an IAM role ARN; expected arn:aws:iam::123456789012:role/NAME.`,
    );
  }
  return value;
}

function parseEndpointUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL; expected e.g. http://127.0.0.1:5000.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InvalidArgumentError(`"${value}" must start with http:// or https://.`);
  }
  return value;
}

/** Adds the audit options to `command`; the defaults here are the documented ones. */
export function addAuditOptions(command: Command): Command {
  return command
    .option("--profile <name>", "AWS shared config profile to read credentials from")
    .option(
      "--role-arn <arn>",
      "IAM role to assume for the audit (read-only audit role)",
      parseRoleArn,
    )
    .option(
      "--external-id <id>",
      "external id the audit role's trust policy requires (with --role-arn)",
    )
    .option(
      "--session-name <name>",
      "role session name, shown in CloudTrail",
      parseSessionName,
      "threat-audit",
    )
    .addOption(
      new Option("--region <name>", "region to audit; repeat the option for several regions")
        .argParser(parseRegion)
        .default([], "every region enabled for the account"),
    )
    .option(
      "--endpoint-url <url>",
      "send every AWS call to this endpoint, e.g. a local emulator",
      parseEndpointUrl,
    )
    .option(
      "--max-attempts <n>",
      "attempts per AWS call, retries included, with adaptive backoff",
      parsePositiveInteger("--max-attempts", 20),
      5,
    )
    .option(
      "--concurrency <n>",
      "AWS calls in flight per service and region",
      parsePositiveInteger("--concurrency", 64),
      8,
    )
    .option(
      "--verbose",
      "log one line per AWS call to stderr (service, operation, region, attempts, time)",
    )
    .option("--no-tui", "print the plain text report even on a terminal")
    .option("--json <file>", "write the JSON report to this file")
    .option("--sarif <file>", "write failing findings as SARIF 2.1.0 to this file")
    .option(
      "--sarif-artifact <path>",
      "repository file SARIF results point at (GitHub code scanning requires a file location)",
    )
    .option("--junit <file>", "write a JUnit XML report to this file, one test suite per threat")
    .option("--markdown <file>", "write a Markdown summary to this file, e.g. $GITHUB_STEP_SUMMARY")
    .option(
      "--suppressions <file>",
      "YAML file of accepted risks (default: .threat-audit.yml in the working directory, if present)",
    )
    .option("--baseline <file>", "JSON report of an earlier run to compare failing findings with")
    .option(
      "--fail-on-new",
      "with --baseline, exit with 1 only for failing findings the baseline did not have",
    )
    .option(
      "--no-fail-on-error",
      "exit with 0 instead of 2 when a control could not be evaluated and nothing gated failed",
    )
    .option("--save-inventory <file>", "write the collected inventory to this file")
    .option("--inventory <file>", "re-run the checks on a saved inventory, without AWS access")
    .addOption(
      new Option("--public-path <pattern>", "ALB path pattern that is public by design; repeatable")
        .argParser(repeatable(parsePathPattern))
        .default([], "none"),
    )
    .addOption(
      new Option(
        "--required-rule-group <name>",
        "AWS managed WAF rule group every internet-facing ALB must run; repeatable " +
          `(default: ${DEFAULT_REQUIRED_MANAGED_RULE_GROUPS.join(", ")})`,
      ).argParser(repeatable(parseRuleGroupName)),
    )
    .addOption(
      new Option(
        "--trusted-account <id>",
        "account id SQS and SNS policies may grant access to; repeatable",
      )
        .argParser(repeatable(parseAccountId))
        .default([], "none"),
    )
    .addOption(
      new Option(
        "--fail-on <severity>",
        "exit with 1 when a finding at or above this severity fails",
      )
        .choices(["critical", "high", "medium", "low", "none"])
        .default("high"),
    );
}

/** The check settings the options select. */
export function checkSettings(options: AuditCommandOptions): CheckSettings {
  return {
    publicPathPatterns: options.publicPath,
    requiredManagedRuleGroups: options.requiredRuleGroup ?? DEFAULT_REQUIRED_MANAGED_RULE_GROUPS,
    trustedAccountIds: options.trustedAccount,
  };
}
