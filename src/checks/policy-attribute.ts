import type { Collected } from "../collect/collected.js";
import type { ByRegion, Inventory, InventoryPart } from "../collect/inventory.js";
import {
  evaluateResourcePolicy,
  parsePolicy,
  type ResourcePolicyEvaluation,
} from "../policy/index.js";
import type { Check, Finding, ResourceRef } from "./check.js";
import { errorFinding, finding, notApplicable, regionScope } from "./finding.js";
import { evaluateRegions } from "./inputs.js";
import type { CheckSettings } from "./settings.js";

/** An SQS queue or SNS topic, whose access policy is the JSON text of its `Policy` attribute. */
export interface PolicyHolder {
  arn: string;
  name: string;
  attributes: Collected<Record<string, string>>;
}

/** The names and calls that differ between queues and topics in findings. */
export interface PolicyHolderKind {
  part: Extract<InventoryPart, "sqs" | "sns">;
  /** CloudFormation type, such as `AWS::SQS::Queue`. */
  type: string;
  /** Lower-case noun for reasons, such as `queue`. */
  noun: string;
  /** Phrase for a region without any, such as `SQS queues`. */
  plural: string;
  /** The call that returns the attributes, such as `GetQueueAttributes`. */
  attributesOperation: string;
}

/** A queue or topic with a parsed policy, ready for a check to judge. */
export interface PolicySubject {
  resource: ResourceRef;
  /** Capitalised reference for reasons, such as `Queue example-jobs`. */
  title: string;
  ownerAccountId: string;
  trustedAccountIds: readonly string[];
  evaluation: ResourcePolicyEvaluation;
}

/**
 * Evaluates the policy of every queue or topic of every audited region and passes each evaluated
 * policy to `judge`. Failed listings and failed attribute reads become `error` findings, a policy
 * that cannot be parsed too. A resource without a Policy attribute passes, because without a
 * resource policy only principals of the owning account whose IAM policies allow it have access.
 */
export function evaluatePolicyHolders(
  check: Check,
  inventory: Inventory,
  settings: CheckSettings,
  kind: PolicyHolderKind,
  byRegion: ByRegion<PolicyHolder[]> | undefined,
  judge: (subject: PolicySubject) => Finding,
): Finding[] {
  const scopeOf = (region: string) =>
    regionScope(kind.part, region, inventory.accountId, kind.type);

  return evaluateRegions(check, inventory, kind.part, byRegion, scopeOf, (region, holders) => {
    if (holders.length === 0) return [notApplicable(check, scopeOf(region), kind.plural)];

    const context = { check, kind, region, inventory, settings, judge };
    return holders.map((holder) => evaluateHolder(holder, context));
  });
}

interface HolderContext {
  check: Check;
  kind: PolicyHolderKind;
  region: string;
  inventory: Inventory;
  settings: CheckSettings;
  judge: (subject: PolicySubject) => Finding;
}

function evaluateHolder(holder: PolicyHolder, context: HolderContext): Finding {
  const { check, kind, region, inventory, settings, judge } = context;
  const resource: ResourceRef = { arn: holder.arn, type: kind.type, region, name: holder.name };
  const title = `${kind.noun.charAt(0).toUpperCase()}${kind.noun.slice(1)} ${holder.name}`;
  if (!holder.attributes.ok) return errorFinding(check, resource, holder.attributes.error);

  const text = holder.attributes.value.Policy;
  if (text === undefined || text === "") {
    const reason =
      `${title} has no access policy (${kind.attributesOperation} returned no Policy ` +
      `attribute), so only principals of account ${inventory.accountId} whose IAM policies ` +
      `allow it can use the ${kind.noun}.`;
    return finding(check, resource, "pass", reason, { Policy: null });
  }

  // SQS and SNS return the policy as plain JSON, so it is parsed without URL decoding.
  const document = parsePolicy(text);
  if (!document.ok) {
    const reason =
      `The access policy of ${kind.noun} ${holder.name} could not be parsed: ` +
      `${document.error.reason} Who may use the ${kind.noun} is therefore unknown. Compare ` +
      `the policy with the IAM policy grammar, and report the parse failure if AWS accepted it.`;
    return finding(check, resource, "error", reason, {
      Policy: { Invalid: document.error.reason },
    });
  }

  const accounts = {
    ownerAccountId: inventory.accountId,
    trustedAccountIds: settings.trustedAccountIds,
  };
  return judge({
    resource,
    title,
    ...accounts,
    evaluation: evaluateResourcePolicy(document.value, accounts),
  });
}
