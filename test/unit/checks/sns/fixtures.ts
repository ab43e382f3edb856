import type { SnsTopic } from "../../../../src/collect/inventory.js";
import { ACCOUNT_ID, ok, REGION } from "../inventory-fixture.js";

/** A topic whose GetTopicAttributes returned `attributes`, or the given failure. */
export function topic(name: string, attributes: SnsTopic["attributes"] = ok({})): SnsTopic {
  return { arn: `arn:aws:sns:${REGION}:${ACCOUNT_ID}:${name}`, name, attributes };
}
