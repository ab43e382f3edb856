import type { ClientFactory } from "../aws/clients.js";
import type { ServiceName } from "../aws/read-operations.js";
import { toCollectionError, type CallContext } from "../aws/errors.js";
import { collected, failed, type Collected } from "./collected.js";
import type { InventoryPart, InventoryParts } from "./inventory.js";

/** What a collector gets to work with: guarded clients and the account being audited. */
export interface CollectContext {
  clients: ClientFactory;
  accountId: string;
  /** Every region being audited; a global collector may need them (e.g. S3 buckets in any region). */
  regions: string[];
  /** Parts collected so far; the parts a collector `needs` are always present. */
  parts: Readonly<InventoryParts>;
}

/** The data one collector produces for one region (regional parts) or once (global parts). */
export type PartValue<P extends InventoryPart> =
  NonNullable<InventoryParts[P]> extends Record<string, Collected<infer T>>
    ? T
    : NonNullable<InventoryParts[P]> extends Collected<infer T>
      ? T
      : never;

/**
 * Reads one inventory part from AWS. A collector only reads, declares every IAM action it may
 * call, and lets a failure of its main listing call propagate so the engine records it.
 * Per-resource calls that fail are recorded next to the resource with `attempt`.
 */
export interface Collector<P extends InventoryPart> {
  part: P;
  /** The AWS client the collector mainly uses, for call counts and error messages. */
  service: ServiceName;
  /** Parts that must be collected first, e.g. load balancers before their web ACLs. */
  needs?: InventoryPart[];
  /** `regional` collectors run once per audited region; `global` ones once per account. */
  scope: "regional" | "global";
  /** IAM actions the collector calls, for the generated audit policy. */
  actions: string[];
  /** Name of the AWS service as shown in progress lines, e.g. `RDS`. */
  label: string;
  collect(context: CollectContext, region: string): Promise<PartValue<P>>;
  /** Counts the resources in a collected value, for progress lines. */
  countResources(value: PartValue<P>): number;
}

/**
 * Runs one per-resource read and records its outcome, so one denied or failed call marks only
 * that resource as unknown instead of aborting the whole part.
 */
export async function attempt<T>(
  context: CallContext,
  read: () => Promise<T>,
): Promise<Collected<T>> {
  try {
    return collected(await read());
  } catch (error) {
    return failed(toCollectionError(error, context));
  }
}

/** Runs `read` for each item concurrently; the clients' limits bound how many calls are in flight. */
export function mapConcurrently<T, R>(
  items: readonly T[],
  read: (item: T) => Promise<R>,
): Promise<R[]> {
  return Promise.all(items.map(read));
}
